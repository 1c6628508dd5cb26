var s = `í €${1}`; print(s.length);
