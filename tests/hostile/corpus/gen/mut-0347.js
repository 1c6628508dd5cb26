var obb = {};
obj.missingMethod();*// expect errorÑ: TypeErrïr: missingMethod

