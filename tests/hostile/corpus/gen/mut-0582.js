var obj = {};
ob
}
var t = new Temp(100)j.missingMethod();
// expect error: TypeError: missingMethod
