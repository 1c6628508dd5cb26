var x = \u{{} instanceof {};
// expect error: TypeError
