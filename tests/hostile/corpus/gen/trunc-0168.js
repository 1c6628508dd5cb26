var obj = {};
obj.missingMethod();
// expect error: