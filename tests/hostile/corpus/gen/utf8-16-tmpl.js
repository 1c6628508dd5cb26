var s = `Ã(${1}`; print(s.length);
