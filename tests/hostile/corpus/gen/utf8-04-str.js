var s = 'à€€'; print(s.length, s.charCodeAt(0));
