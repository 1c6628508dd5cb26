var o={};for(var i=0;i<1e6;i++)o={o:o};String(typeof a=='object'?a:o);
