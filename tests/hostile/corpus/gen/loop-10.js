[1,2].sort(function(){ for(;;){} });
