/** The papers the council signs, computed from the campaign as the document sheets show them. */
export { awardList, NO_VOTE_RESULT, NOT_VOTED, type AwardListRow } from './awardList';
export { BLANK, minutes, type Minutes, type MinutesMember, type MinutesVote } from './minutes';
export { registrationList, type RegistrationListRow } from './registrationList';
