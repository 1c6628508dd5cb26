/(a)|(b)/.exec("b"); print(RegExp.lastParen, RegExp.$1 === "", RegExp.$2);
/(a)|(b)/.exec("a"); print(RegExp.lastParen === "", RegExp.$1);
/(?<n>x)(y)(z)?/.exec("_xy_"); print(JSON.stringify(RegExp.lastParen), RegExp.$1, RegExp.$2);
/no groups/.exec("no groups here"); print(JSON.stringify(RegExp.lastParen), JSON.stringify(RegExp.$1));
/(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)/.exec("01234567890"); print(RegExp.lastParen, RegExp.$9, RegExp