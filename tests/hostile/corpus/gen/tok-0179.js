var yieldobj = {};
obj.missingMethod();
// expect error: TypeError: missingMethod
