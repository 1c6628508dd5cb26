JSON.parse('[1]', function(){ for(;;){} });
