// SPDX-License-Identifier: GPL-3.0-or-later
// The reads of Store live in storequeries.cpp; this header only names that split.
#pragma once

#include "store.h"
