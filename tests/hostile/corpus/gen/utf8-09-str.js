var s = 'ô€€'; print(s.length, s.charCodeAt(0));
