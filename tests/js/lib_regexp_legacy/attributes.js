const names = ["input", "$_", "lastMatch", "$&", "lastParen", "$+", "leftContext", "$`", "rightContext", "$'", "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9"];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(RegExp, n);
  print(n, typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name, d.get.length, d.set.length);
}
// RegExp.escape (ES2026, not in node 20) is checked in lib_regexp/escape_props.js
print(Object.getOwnPropertyNames(RegExp).filter(k => k !== "escape").join());

// expect: input function function false true get input set input 0 1
// expect: $_ function function false true get $_ set $_ 0 1
// expect: lastMatch function function false true get lastMatch set lastMatch 0 1
// expect: $& function function false true get $& set $& 0 1
// expect: lastParen function function false true get lastParen set lastParen 0 1
// expect: $+ function function false true get $+ set $+ 0 1
// expect: leftContext function function false true get leftContext set leftContext 0 1
// expect: $` function function false true get $` set $` 0 1
// expect: rightContext function function false true get rightContext set rightContext 0 1
// expect: $' function function false true get $' set $' 0 1
// expect: $1 function function false true get $1 set $1 0 1
// expect: $2 function function false true get $2 set $2 0 1
// expect: $3 function function false true get $3 set $3 0 1
// expect: $4 function function false true get $4 set $4 0 1
// expect: $5 function function false true get $5 set $5 0 1
// expect: $6 function function false true get $6 set $6 0 1
// expect: $7 function function false true get $7 set $7 0 1
// expect: $8 function function false true get $8 set $8 0 1
// expect: $9 function function false true get $9 set $9 0 1
// expect: length,name,prototype,input,$_,lastMatch,$&,lastParen,$+,leftContext,$`,rightContext,$',$1,$2,$3,$4,$5,$6,$7,$8,$9
