package in.prelims.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the account pages; the texts are in messages/account.properties. */
@MessageBundle("account")
public interface AccountMessages {

    @Message
    String welcomeTitle();

    @Message
    String welcomeLead();

    @Message
    String loginHeading();

    @Message
    String signupHeading();

    @Message
    String wrongPassword();

    @Message
    String usernameLabel();

    @Message
    String usernameHint();

    @Message
    String passwordLabel();

    @Message
    String newPasswordLabel();

    @Message
    String confirmLabel();

    @Message
    String loginButton();

    @Message
    String signupButton();

    @Message
    String guestKept();

    @Message
    String profileTitle();

    @Message
    String signedInAs(String username);

    @Message
    String settingsSaved();

    @Message
    String extraHeading();

    @Message
    String extraHelp();

    @Message
    String extraLabel();

    @Message
    String extraNone();

    @Message
    String extraUpsc();

    @Message
    String extraOther(int minutes);

    @Message
    String saveButton();

    @Message
    String historyLink();

    @Message
    String logoutButton();

    /** @param minutes whole minutes until the next try, rounded up */
    @Message
    String tooManyLogIns(long minutes);

    @Message
    String formNotFromOurPage();

    @Message
    String adminTitle();

    @Message
    String adminLead();

    @Message
    String adminFind();

    @Message
    String adminFindButton();

    @Message
    String adminTeacher();

    @Message
    String adminCurator();

    @Message
    String adminGrant();

    @Message
    String adminRevoke();

    @Message
    String rememberLabel();

    @Message
    String rememberHint();

    @Message
    String passwordHeading();

    @Message
    String currentPasswordLabel();

    @Message
    String passwordChangeHint();

    @Message
    String passwordButton();

    @Message
    String signedInNav(String username);

    @Message
    String guestNav();

    @Message
    String resetHeading();

    @Message
    String resetFor(String username);

    @Message
    String resetButton();

    @Message
    String resetDone(String username);
}
