var s = `ô€€${1}`; print(s.length);
