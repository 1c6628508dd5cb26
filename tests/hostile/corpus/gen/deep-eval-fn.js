var s='1';for(var i=0;i<20000;i++)s='(function(){return '+s+'})()';eval(s);
