var s = `ü„€€€€${1}`; print(s.length);
