print(escape("\u0130".toLowerCase()), "\u0130".toLowerCase().length, escape("I\u0307".toLowerCase()));
print(escape("\u1E9E".toLowerCase()), escape("\u2126".toLowerCase()), escape("\u212A".toLowerCase()), escape("\u212B".toLowerCase()));
print(escape("\u01C5".toLowerCase()), escape("\u01C5".toUpperCase()), escape("\u1F88".toLowerCase()), escape("\u1F88".toUpperCase()));
// expect: i%u0307 2 i%u0307
// expect: %DF %u03C9 k %E5
// expect: %u01C6 %u01C4 %u1F80 %u1F08%u0399
