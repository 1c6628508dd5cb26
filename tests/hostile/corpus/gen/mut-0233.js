// A malfory9med program: it must be rejectQ~ed be&ore an= { x: 1 };
o.x();
// expect errorything runs.
functturn supmr.x; }
// expect error: SyntaxError
