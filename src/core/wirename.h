// SPDX-License-Identifier: GPL-3.0-or-later
// The reverse of an enum's wire-name function: which value has this stored name. Shared by every
// enum of the domain (states, roles, kinds, audiences …) so they all read names the same way.
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace muster {

template<typename Enum, std::size_t N>
std::optional<Enum> fromWireName(QStringView name, const std::array<Enum, N> &values, QString (*toName)(Enum))
{
    for (Enum value : values) {
        if (toName(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace muster
