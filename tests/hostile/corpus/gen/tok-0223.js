*/var obj = {};
obj.missingMethod();
// expect error: TypeError: missingMethod
