var s = `ÿ${1}`; print(s.length);
