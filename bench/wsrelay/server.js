// SPDX-License-Identifier: GPL-3.0-or-later
// The Node reference relay for bench/compare.sh: what a team would write with the `ws` package
// (the most used WebSocket server for Node) if it wanted a broadcast relay. Every binary message
// goes on to every connected client, the sender included; nothing is stored, nothing is decoded.
// bufferutil (ws's optional native helper for masking) is installed beside it, as ws recommends
// for production. Prints "listening on ws://127.0.0.1:PORT" like bench-barerelay, so the bench
// script starts all three relays the same way.
'use strict';

const { WebSocketServer, WebSocket } = require('ws');

const server = new WebSocketServer({
    host: '127.0.0.1',
    port: Number(process.argv[2] || 0),
    perMessageDeflate: false, // the default for a server; said so that no reader wonders
    maxPayload: 16 * 1024 * 1024,
    clientTracking: true,
});

server.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => {
        for (const client of server.clients) {
            if (client.readyState === WebSocket.OPEN)
                client.send(data, { binary: isBinary });
        }
    });
    socket.on('error', () => socket.terminate());
});

server.on('listening', () => {
    process.stdout.write(`listening on ws://127.0.0.1:${server.address().port}\n`);
});

process.on('SIGTERM', () => process.exit(0));
