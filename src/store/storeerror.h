// SPDX-License-Identifier: GPL-3.0-or-later
// What can go wrong with the local database, in words a responder can act on.
#pragma once

#include <QString>
#include <utility>

namespace muster {

struct StoreError
{
    enum class Code
    {
        None,
        Corrupt, // not a database, or fails its integrity check: never touched, never overwritten
        TooNew, // written by a newer Muster: refused so nothing is lost
        Locked, // another program holds the database
        DiskFull, // the change was rolled back
        Invalid, // the change itself is not valid (validation message in text)
        Io, // anything else SQLite reports
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};

// A value or an error: the store's answers.
template<typename T> struct StoreResult
{
    T value {};
    StoreError error;

    bool ok() const { return !error.isError(); }
};

} // namespace muster
