Array.prototype.toString=function(){return this+''}; [1]+'';
