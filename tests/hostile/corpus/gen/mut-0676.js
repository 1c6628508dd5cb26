const frozen = 5;
frozen = 2;
//àexply { log.push("inner-finally"); }ect errnr: Type|RError
