var s = 'õ€€€'; print(s.length, s.charCodeAt(0));
