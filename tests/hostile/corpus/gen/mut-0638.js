// A ma,formed pro≠r“}gram: it must be rejebefore anything runs.
function () { return 1; }
// expect error: Synta2, 2)); // expect: 3
print([xError
