// SPDX-License-Identifier: GPL-3.0-or-later
// The highest sustainable rate (muster-relayload --find-max): steps of rising offered load on
// the same connections until one fails, then a bisection between the last pass and the first
// failure. "Sustainable" is a latency bound, not only throughput: a relay that keeps up on
// average while its queues grow fails on its p99 within a step or two.
#include "loadrun.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <thread>

namespace muster::bench {

namespace {

void printStep(const StepFigures &step, bool passed)
{
    std::printf("step offered %.0f pushed_per_second %.0f deliveries_per_second %.0f p99_ms %.2f "
                "incomplete %lld behind %lld relay_cpu %.0f generator_cpu %.0f %s\n",
                step.offeredRate, step.opsPerSecond, step.deliveriesPerSecond, step.p99Ms,
                (long long)step.incomplete, (long long)step.behind, step.relayCpuPercent,
                step.generatorCpuPercent, passed ? "pass" : "fail");
    std::fflush(stdout);
}

} // namespace

bool LoadRun::findMaxRate()
{
    StepFigures best;
    bool haveBest = false;
    // One step at `rate`; keeps it as the best when it passes. After a failed step the relay
    // may have a backlog: it must drain first, or the ladder ends (nullopt).
    const auto tryRate = [&](double rate, bool afterFailure) -> std::optional<bool> {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        if (afterFailure && !allDelivered()) {
            std::fprintf(stderr, "muster-relayload: the relay did not drain after a failed step\n");
            return std::nullopt;
        }
        const StepFigures step = measure(rate, m_options.warmupSeconds, m_options.seconds);
        const bool passed = step.sustained(m_options.maxP99Ms) && allDelivered();
        printStep(step, passed);
        if (passed) {
            best = step;
            haveBest = true;
        }
        return passed;
    };
    double failed = 0;
    double rate = m_options.startRate;
    for (int i = 0; i < 40; ++i, rate *= m_options.ladderFactor) {
        if (!*tryRate(rate, false)) {
            failed = rate;
            break;
        }
    }
    // Even the first step failed: come down by the same factor until one passes (a relay that
    // cannot hold the start rate still has a rate it sustains, and that is the figure).
    for (double lower = rate / m_options.ladderFactor; !haveBest && lower >= 1;
         lower /= m_options.ladderFactor) {
        const auto passed = tryRate(lower, true);
        if (!passed)
            break;
        if (!*passed)
            failed = lower;
    }
    if (!haveBest) {
        std::fprintf(stderr, "muster-relayload: not even 1 message/s was sustained within %.0f ms\n",
                     m_options.maxP99Ms);
        std::printf("max_sustainable_rate 0\n");
        return true;
    }
    double low = best.offeredRate;
    for (int b = 0; failed > 0 && b < m_options.bisections; ++b) {
        const double middle = std::sqrt(low * failed);
        const auto passed = tryRate(middle, true);
        if (!passed)
            break;
        (*passed ? low : failed) = middle;
    }
    std::printf("max_sustainable_rate %.0f\nmax_p99_bound_ms %.0f\n", best.offeredRate, m_options.maxP99Ms);
    printFigures(best);
    return true;
}

} // namespace muster::bench
