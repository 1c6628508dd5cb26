var a=[];for(var i=0;;i++)a.push('s'+i);
