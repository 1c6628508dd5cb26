var f=[];for(;;)f.push(function(){});
