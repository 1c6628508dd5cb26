var o={};for(var i=0;i<1e6;i++)o={o:o};JSON.stringify(typeof a=='object'?a:o);
