var s = 'ü„€€€€'; print(s.length, s.charCodeAt(0));
