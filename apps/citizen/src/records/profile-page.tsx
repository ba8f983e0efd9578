import { formatDate } from "@ansinh/domain";
import { Link } from "@tanstack/react-router";
import { paths } from "../paths";
import { childCardPath } from "./child-paths";
import { type RecordsMessageKey, useRecordsT } from "./i18n/messages";
import { RecordFrame, SummaryList } from "./record-frame";
import { type Profile, readProfile, recordPaths } from "./records-api";
import { useRecord } from "./use-record";

const relationKeys: Readonly<Record<string, RecordsMessageKey>> = {
  head: "profile.relation.head",
  spouse: "profile.relation.spouse",
  child: "profile.relation.child",
  parent: "profile.relation.parent",
  grandchild: "profile.relation.grandchild",
  sibling: "profile.relation.sibling",
  other: "profile.relation.other",
};

/** "Thông tin cá nhân": who the registry says the person is, and their household. */
export function ProfilePage() {
  const t = useRecordsT();
  const record = useRecord(recordPaths.profile, readProfile);
  return (
    <RecordFrame title={t("profile.title")} record={record}>
      {(profile) => <ProfileDetails profile={profile} />}
    </RecordFrame>
  );
}

function ProfileDetails({ profile }: { profile: Profile }) {
  const t = useRecordsT();
  const none = t("records.none");
  return (
    <>
      <section aria-labelledby="profile-person" className="rounded-md bg-white p-4">
        <h2 id="profile-person" className="text-xl font-bold">
          {t("profile.person")}
        </h2>
        <SummaryList
          className="mt-2"
          rows={[
            { label: t("profile.fullName"), value: profile.fullName },
            {
              label: t("profile.birthDate"),
              value: profile.birthDate ? formatDate(profile.birthDate) : String(profile.birthYear),
            },
            {
              label: t("profile.sex"),
              value: t(profile.sex === "male" ? "records.sex.male" : "records.sex.female"),
            },
            { label: t("profile.bhxhNumber"), value: profile.bhxhNumber },
            { label: t("profile.nationalId"), value: profile.nationalIdMasked ?? none },
            {
              label: t("profile.address"),
              value: [profile.address.line, profile.address.commune, profile.address.provinceName]
                .filter(Boolean)
                .join(", "),
            },
          ]}
        />
      </section>

      <section aria-labelledby="profile-contact" className="mt-6 rounded-md bg-white p-4">
        <h2 id="profile-contact" className="text-xl font-bold">
          {t("profile.contact")}
        </h2>
        <SummaryList
          className="mt-2"
          rows={[
            { label: t("profile.phone"), value: profile.phone ?? none },
            { label: t("profile.email"), value: profile.email ?? none },
          ]}
        />
        <p className="mt-3 text-lg">
          {t("profile.changeContact")} <Link to={paths.services}>{t("profile.changeContactLink")}</Link>.
        </p>
      </section>

      <section aria-labelledby="profile-household" className="mt-6 rounded-md bg-white p-4">
        <h2 id="profile-household" className="text-xl font-bold">
          {t("profile.household")}
        </h2>
        {profile.household ? (
          <>
            <p className="mt-2 text-lg">
              {t("profile.householdCode")}: <strong>{profile.household.code}</strong>
            </p>
            <ul className="mt-3 divide-y divide-line/40 border-y border-line/40">
              {profile.household.members.map((member) => {
                const relation = member.relation ? relationKeys[member.relation] : undefined;
                return (
                  <li key={`${member.fullName}-${member.birthYear}`} className="py-3">
                    <p className="text-lg font-bold">
                      {member.fullName}
                      {member.self && <span className="font-normal"> ({t("profile.you")})</span>}
                    </p>
                    <p className="text-muted">
                      {[
                        relation ? t(relation) : member.relation,
                        `${t("profile.bornIn")} ${member.birthYear}`,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    {member.bhxhNumber && (
                      <Link
                        to={childCardPath(member.bhxhNumber)}
                        className="mt-1 inline-flex min-h-touch items-center text-lg"
                      >
                        {t("profile.childCard")}
                        <span className="sr-only"> — {member.fullName}</span>
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="mt-2 text-lg">{t("profile.noHousehold")}</p>
        )}
      </section>
    </>
  );
}
