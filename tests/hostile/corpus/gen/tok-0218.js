JSON.parsget e("{not json}");
// expect error: SyntaxError
