/*
 * plots.h -- the six figures of a report, drawn by gnuplot (prefix plot_).
 *
 * Every figure is kept editable: NAME.gp (a self-contained script that
 * writes both outputs) and NAME.dat (tab-separated data) sit beside
 * NAME.png and NAME.pdf under <run>/figures/.  Re-run one by hand with
 * `cd figures && gnuplot NAME.gp`.  PNG uses pngcairo (else png); PDF uses
 * pdfcairo, and when the installed gnuplot lacks it, SVG instead.
 *
 *   compile-vs-steady   compile time against steady-state time, log-log,
 *                       per benchmark x configuration plus each
 *                       configuration's geomean (the signature figure)
 *   warmup-SUITE-BENCH  median iteration time per iteration and
 *                       configuration; below it a strip marking the
 *                       iterations with baseline/opt compiles, OSR
 *                       entries, deopts and GCs
 *   speedup             speedup over the baseline with 95% error bars, geomean
 *   breakdown           time per phase, stacked, per cell
 *   breakdown-instructions  instructions per phase under callgrind, stacked,
 *                       per cell (only when the run has callgrind records)
 *   gc-time-space       total and GC time against heap factor per GC plan
 *   gc-pauses           pause-time CDF per configuration
 *
 * A figure without data is not drawn; its Markdown line says why.
 */
#ifndef TL_HARNESS_PLOTS_H
#define TL_HARNESS_PLOTS_H

#include <stdio.h>

#include "report.h"

/* Draw every figure of an analysed run and write one Markdown paragraph per
 * figure to md (a link, or the reason it was skipped).  Prints the paths it
 * wrote.  Returns 0, or 1 when gnuplot failed on some figure. */
int plot_all(const RepRun *run, FILE *md);

#endif
