trigger CioAccountTrigger on Account(after insert, after update, after delete, after undelete) {
    CioTriggerDispatcher.run();
}
