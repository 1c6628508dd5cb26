var s = 'À€'; print(s.length, s.charCodeAt(0));
