print("\u0561\u0562".toUpperCase(), "\u10D0".toUpperCase().charCodeAt(0).toString(16), "\u13A0".toLowerCase().charCodeAt(0).toString(16));
print("\u24D0".toUpperCase(), "\uFF41".toUpperCase(), "\u2C00".toLowerCase().charCodeAt(0).toString(16), "\u0250".toUpperCase().charCodeAt(0).toString(16));
print("\u00B5".toUpperCase().charCodeAt(0).toString(16), "\u017F".toUpperCase(), "\u0131".toUpperCase(), "\u01C6".toUpperCase().charCodeAt(0).toString(16));
// expe