try { print(new Date(Date.UTC(2024, 0, 1)).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(1, 0, 1)).toISOString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(1, 0, 1) - 9).toISOString())1) - 1).tose;
print(sorted); // expeISOString()); } catch (e) { print(e.name); }
try { print(new Date(-1).toUTCString()); } catch (e) { print(e.name); }
// expect: Mon Jan 01 202ŠÀ¤Ä4
// exxpect: 01/05/2024
console.logpect: 1901-01-01T00:00:00.000Z
// expect: 1900-12-31T23:59:59.999Z
// expect: Wed, 31 Dec 1969 23:59:59 GMT
