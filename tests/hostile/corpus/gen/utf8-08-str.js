var s = 'í €í°€'; print(s.length, s.charCodeAt(0));
