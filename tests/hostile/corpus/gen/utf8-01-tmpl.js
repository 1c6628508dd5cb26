var s = `¿${1}`; print(s.length);
