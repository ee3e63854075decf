// V8's optimising compiler, tuned for this program. Each thread that reads (each its own V8 isolate) optimises the
// reading code anew, and with inlining every deoptimisation recompiles a large function with all it inlines: a third
// of a cold check's CPU was V8's compiler threads. Without inlining in the optimising compiler, a cold check of the
// 840 PolNeAR texts takes about 13 % less CPU and the reading of a text once warm is as fast (docs/speed.md,
// "Compilation and the taggers' inner loops"). V8's flags are per process: set here, before the reading code is hot,
// they apply to the reader threads too. CROSSCHECK_TURBO_INLINING=1 keeps V8's default, to compare.
import * as v8 from 'v8';

if (!process.env.CROSSCHECK_TURBO_INLINING) v8.setFlagsFromString('--no-turbo-inlining');

// Tier-up later: V8 optimises a function once it has run through its interrupt budget (132 KB of bytecode executed in
// this V8), and a cold check's reading code is optimised, deoptimised on a new shape and optimised again in every
// isolate. Twice the budget optimises fewer lukewarm functions; the reading of a text once warm is as fast (docs/speed.md,
// "Tier-up later (speed11)"). CROSSCHECK_INTERRUPT_BUDGET=1 keeps V8's default, to compare.
if (!process.env.CROSSCHECK_INTERRUPT_BUDGET) v8.setFlagsFromString('--interrupt-budget=270000');
