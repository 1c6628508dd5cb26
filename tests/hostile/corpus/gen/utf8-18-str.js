var s = 'øˆ€€€'; print(s.length, s.charCodeAt(0));
