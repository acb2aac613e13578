trigger CioOpportunityTrigger on Opportunity(after insert, after update, after delete, after undelete) {
    CioTriggerDispatcher.run();
}
