Object.prototype.toString=function(){return this+''}; ({})+'';
