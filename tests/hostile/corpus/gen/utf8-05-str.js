var s = 'ð€€€'; print(s.length, s.charCodeAt(0));
