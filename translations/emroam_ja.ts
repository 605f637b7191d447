<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessControlGroupPage</name>
    <message>
        <location filename="../views/admin/accesscontrolgrouppage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Access Control Group Information</source>
        <translation>アクセス コントロールグループの情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name*:</source>
        <translation>名前*:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Users</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add End Users to Group</source>
        <translation>グループにエンドユーザを追加</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete Selected</source>
        <translation>選択項目の削除</translation>
    </message>
    <message>
        <location filename="../views/admin/accesscontrolgrouppage.cpp" line="+19"/>
        <source>Find and List Access Control Groups</source>
        <translation>アクセス コントロールグループの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Access Control Group where</source>
        <translation>アクセス コントロールグループの検索条件</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n user(s) added to the group</source>
        <translation>
            <numerusform>%n 人のユーザをグループに追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n user(s) removed from the group</source>
        <translation>
            <numerusform>%n 人のユーザをグループから削除しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access Control Group Configuration</source>
        <translation>アクセス コントロールグループの設定</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Users (%n)</source>
        <translation>
            <numerusform>ユーザ (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessControlGroupTableModel</name>
    <message>
        <location filename="../models/items/accesscontrolgrouptablemodel.cpp" line="+16"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>ApplicationUserPage</name>
    <message>
        <location filename="../views/admin/applicationuserpage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application User Information</source>
        <translation>アプリケーション ユーザの情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID*:</source>
        <translation>ユーザー ID*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm Password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Permission Information</source>
        <translation>権限情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to Access Control Group</source>
        <translation>アクセス コントロールグループに追加</translation>
    </message>
    <message>
        <location filename="../views/admin/applicationuserpage.cpp" line="+18"/>
        <source>Find and List Application Users</source>
        <translation>アプリケーション ユーザの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Application User where</source>
        <translation>アプリケーション ユーザの検索条件</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Password and Confirm Password do not match.</source>
        <translation>パスワードとパスワードの確認が一致しません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Application User Configuration</source>
        <translation>アプリケーション ユーザの設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>ApplicationUserTableModel</name>
    <message>
        <location filename="../models/items/applicationusertablemodel.cpp" line="+16"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../views/audit/auditlogpage.cpp" line="+60"/>
        <source>Export the audit log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>%n 件のエントリを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entry(ies) shown of %1.</source>
        <translation>
            <numerusform>%1 件中 %n 件のエントリを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit Log: %1</source>
        <translation>監査ログ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find entries containing:</source>
        <translation>検索する文字列(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user, record, field, value…</source>
        <translation>ユーザ、レコード、フィールド、値…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV のエクスポート(&amp;E)...</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../models/items/audittablemodel.cpp" line="+64"/>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>applicationUser</source>
        <translation>アプリケーションユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endUser</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page</source>
        <translation>管理ページ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copyToClusters</source>
        <translation>クラスタへのコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bat</source>
        <translation>一括管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emApi</source>
        <translation>EM API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>setup</source>
        <translation>セットアップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logout</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab Time</source>
        <translation>ラボ時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through</source>
        <translation>経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Type</source>
        <translation>レコードの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (before → after)</source>
        <translation>変更内容 (変更前 → 変更後)</translation>
    </message>
</context>
<context>
    <name>BatCommand</name>
    <message>
        <location filename="../models/bat/batcommand.cpp" line="+32"/>
        <source>--type takes users, profiles or phones, not %1.</source>
        <translation>--type には users、profiles、phones のいずれかを指定します (%1 は指定できません)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--bat takes import, export or delete, not %1.</source>
        <translation>--bat には import、export、delete のいずれかを指定します (%1 は指定できません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--bat needs --file FILE.</source>
        <translation>--bat には --file FILE が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--bat needs either --cluster NAME or --all-clusters.</source>
        <translation>--bat には --cluster NAME または --all-clusters のどちらかが必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no cluster %1.</source>
        <translation>クラスタ %1 はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: exported %2 to %3</source>
        <translation>%1: %2 を %3 にエクスポートしました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>changes saved</source>
        <translation>変更を保存しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dry run, nothing written</source>
        <translation>ドライラン、何も書き込んでいません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing written</source>
        <translation>何も書き込んでいません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 rows: %3 added, %4 updated, %5 unchanged, %6 deleted, %7 refused; %8</source>
        <translation>%1: %2 行: 追加 %3、更新 %4、変更なし %5、削除 %6、拒否 %7; %8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  columns not read: %1</source>
        <translation>  読み込まなかった列: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  row %1: %2</source>
        <translation>  %1 行目: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  row %1, %2: %3</source>
        <translation>  %1 行目、%2: %3</translation>
    </message>
</context>
<context>
    <name>BatJob</name>
    <message>
        <location filename="../models/bat/batjob.cpp" line="+70"/>
        <source>The file is empty: the first row must name the columns.</source>
        <translation>ファイルが空です。1 行目には列名を記述してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column %1 appears twice in the first row.</source>
        <translation>列 %1 が 1 行目に 2 回あります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The first row must name the columns, among them %1.</source>
        <translation>1 行目には列名を記述し、%1 を含めてください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database of %1 cannot start the job.</source>
        <translation>%1 のデータベースでジョブを開始できません。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The database of %1 refused the changes; nothing was written.</source>
        <translation>%1 のデータベースが変更を拒否しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is also in row %2 of this file.</source>
        <translation>%1 はこのファイルの %2 行目にもあります。</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+86"/>
        <source>%1 must be t or f, not %2.</source>
        <translation>%1 は t または f で指定してください (%2 は指定できません)。</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+12"/>
        <location line="+73"/>
        <location line="+48"/>
        <source>There is no device profile %1.</source>
        <translation>デバイス プロファイル %1 はありません。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>There is no phone service %1.</source>
        <translation>電話サービス %1 はありません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no end user %1.</source>
        <translation>エンドユーザ %1 はいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no phone %1.</source>
        <translation>電話 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>BulkAdministrationPage</name>
    <message>
        <location filename="../views/bat/bulkadministrationpage.cpp" line="+125"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAT file</source>
        <translation>BAT ファイル</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 from %2 to %3.</source>
        <translation>%2 の %1 を %3 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row %1 of %2…</source>
        <translation>%2 行中 %1 行目…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file cannot be used; nothing was written.</source>
        <translation>このファイルは使用できません。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run; nothing was written. Check the report, then click Run.</source>
        <translation>ドライランです。何も書き込まれていません。レポートを確認してから [実行] をクリックしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes are saved.</source>
        <translation>変更を保存しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused rows: nothing was written (all or nothing).</source>
        <translation>拒否された行があるため、何も書き込まれていません (すべてか無しか)。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s): %1 added, %2 updated, %3 unchanged, %4 deleted, %5 refused.</source>
        <translation>
            <numerusform>%n 行: 追加 %1、更新 %2、変更なし %3、削除 %4、拒否 %5。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns not read: %1</source>
        <translation>読み込まなかった列: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bulk Administration: Import/Export</source>
        <translation>一括管理: インポート/エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster: %1</source>
        <translation>クラスタ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records:</source>
        <translation>レコード(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End Users</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Device Profiles (with lines and subscriptions)</source>
        <translation>ユーザ デバイス プロファイル (回線とサービス登録を含む)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones (with Extension Mobility and subscriptions)</source>
        <translation>電話 (Extension Mobility とサービス登録を含む)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import (insert or update)</source>
        <translation>インポート (追加または更新)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (file lists the names)</source>
        <translation>削除 (ファイルに名前を列挙)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When rows are refused:</source>
        <translation>拒否された行がある場合:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All or nothing</source>
        <translation>すべてか無しか(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;valid rows only</source>
        <translation>有効な行だけを適用(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN for new users without one:</source>
        <translation>PIN のない新規ユーザの PIN(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dry Run</source>
        <translation>ドライラン(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the records, the action and the file. A Dry Run checks every row with the rules of the administration pages and writes nothing; Run applies the file.</source>
        <translation>レコード、操作、ファイルを選んでください。ドライランは管理ページと同じ規則ですべての行を確認し、何も書き込みません。[実行] でファイルを適用します。</translation>
    </message>
</context>
<context>
    <name>CallRouter</name>
    <message>
        <location filename="../models/routing/callrouter.cpp" line="+68"/>
        <source>Call from %1 to %2 failed (%3): %4</source>
        <translation>%1 から %2 への発信に失敗しました (%3): %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 dials %2.</source>
        <translation>%1 が %2 をダイヤルします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no phone %1 in the lab.</source>
        <translation>ラボに電話機 %1 はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calling phone %1 is not registered.</source>
        <translation>発信側の電話機 %1 は登録されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already in a call.</source>
        <translation>%1 は既に通話中です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not registered anywhere %2 knows of.</source>
        <translation>%2 が知る限り、%1 はどこにも登録されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 knows no directory number %2.</source>
        <translation>%1 は電話番号 %2 を知りません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no SIP route to %2.</source>
        <translation>%1 には %2 への SIP ルートがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 believes %2 is on %3, but %3 does not answer (down).</source>
        <translation>%1 は %2 が %3 にあると認識していますが、%3 が応答しません (ダウン)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 still believes %2 is on %3, but it moved to %4 and %1 has not learned it yet.</source>
        <translation>%1 はまだ %2 が %3 にあると認識していますが、実際は %4 に移動しており、%1 はそれをまだ学習していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No phone with %1 is registered on %2.</source>
        <translation>%1 を持つ電話機は %2 に登録されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is busy on %2.</source>
        <translation>%1 は %2 で通話中です。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 rings on %2; %3 routed the call over the SIP trunk using the location learned through ILS.</source>
        <translation>%1 が %2 で鳴っています。%3 は ILS で学習した場所を使って SIP トランク経由でコールをルーティングしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rings on %2.</source>
        <translation>%1 が %2 で鳴っています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 answered the call from %2.</source>
        <translation>%1 が %2 からのコールに応答しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 hung up the call between %2 and %3.</source>
        <translation>%1 が %2 と %3 の通話を切断しました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nobody answered %1: the call from %2 rang for %3 s (T301 Timer) and ended.</source>
        <translation>%1 は応答しませんでした。%2 からの呼び出しは %3 秒 (T301 タイマー) 鳴った後に終了しました。</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <location filename="../models/cluster/cluster.cpp" line="+805"/>
        <location line="+42"/>
        <location line="+29"/>
        <source>%1 has no server named %2.</source>
        <translation>%1 には %2 という名前のサーバーはありません。</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>There is no service named %1.</source>
        <translation>%1 という名前のサービスはありません。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is a network service: it is always activated; start or stop it in Control Center – Network Services.</source>
        <translation>%1 はネットワーク サービスです。常にアクティブなので、[コントロールセンターのネットワークサービス] で開始または停止してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can be activated only on the publisher (%2).</source>
        <translation>%1 はパブリッシャ (%2) でのみアクティブにできます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is down: its services cannot be started or stopped.</source>
        <translation>%1 はダウンしています。サービスを開始または停止できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not activated on %2: activate it in Service Activation first.</source>
        <translation>%1 は %2 でアクティブになっていません。先に [サービス アクティベーション] でアクティブにしてください。</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Service Name is required.</source>
        <translation>サービス名は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Name can be at most %1 characters.</source>
        <translation>サービス名は %1 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Name: a phone service named %1 already exists.</source>
        <translation>サービス名: %1 という名前の電話サービスは既に存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASCII Service Name is required.</source>
        <translation>ASCII サービス名は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASCII Service Name may contain only ASCII characters.</source>
        <translation>ASCII サービス名には ASCII 文字だけを使用できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service URL is required.</source>
        <translation>サービス URL は必須です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service URL must be an http:// or https:// URL with a host, for example http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#.</source>
        <translation>サービス URL はホストを含む http:// または https:// の URL にしてください (例: http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service URL: loginType must be UID, DN or SP (it is %1).</source>
        <translation>サービス URL: loginType は UID、DN、SP のいずれかにしてください (現在は %1)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure-Service URL must be an https:// URL with a host.</source>
        <translation>セキュア サービス URL はホストを含む https:// の URL にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service Category must be XML Service or Java MIDlet.</source>
        <translation>サービス カテゴリは XML Service または Java MIDlet にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>This phone service no longer exists.</source>
        <translation>この電話サービスはもう存在しません。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Enterprise Subscription can be set only when the service is added.</source>
        <translation>エンタープライズ登録はサービスの追加時にのみ設定できます。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 cannot be deleted: %2 is subscribed to it. Unsubscribe it first.</source>
        <translation>%1 は削除できません: %2 が登録しています。先に登録を解除してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Device Name must be SEP followed by the 12 hexadecimal digits of the phone&apos;s MAC address (for example SEPC10000000001).</source>
        <translation>デバイス名は SEP に続けて電話機の MAC アドレス (16 進数 12 桁) を指定してください (例: SEPC10000000001)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device Profile Name is required.</source>
        <translation>デバイス プロファイル名は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Profile Name can be at most 50 characters.</source>
        <translation>デバイス プロファイル名は 50 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device Profile Name may contain only letters, digits, spaces, dots, hyphens and underscores.</source>
        <translation>デバイス プロファイル名には英字、数字、スペース、ピリオド、ハイフン、アンダースコアだけを使用できます。</translation>
    </message>
    <message>
        <location line="-442"/>
        <location line="+445"/>
        <source>A device or device profile named %1 already exists.</source>
        <translation>%1 という名前のデバイスまたはデバイス プロファイルは既に存在します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a phone model this cluster knows.</source>
        <translation>%1 はこのクラスタが認識していない電話機モデルです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Protocol: %1 runs %2, not %3.</source>
        <translation>デバイス プロトコル: %1 が使用できるのは %2 で、%3 ではありません。</translation>
    </message>
    <message>
        <location line="-442"/>
        <location line="+446"/>
        <source>Device Profile Type: %1 does not support Extension Mobility (see the Unified CM Phone Feature List report).</source>
        <translation>デバイス プロファイルのタイプ: %1 は Extension Mobility をサポートしていません (Unified CM 電話機能一覧のレポートを参照してください)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Extension Mobility: %1 does not support Extension Mobility.</source>
        <translation>Extension Mobility の有効化: %1 は Extension Mobility をサポートしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>%1 is not an installed locale.</source>
        <translation>%1 はインストールされているロケールではありません。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Log Out Profile must be Use Current Device Settings or an existing device profile.</source>
        <translation>ログアウト プロファイルには「現在のデバイス設定を使用」または既存のデバイス プロファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login User Id: there is no end user %1.</source>
        <translation>ログイン ユーザ ID: エンドユーザ %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory Number %1 must be 1 to 24 digits.</source>
        <translation>電話番号 %1 は 1 ～ 24 桁の数字にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory Number %1 appears twice.</source>
        <translation>電話番号 %1 が重複しています。</translation>
    </message>
    <message>
        <location line="-467"/>
        <location line="+470"/>
        <source>Directory Number %1 is already assigned to %2.</source>
        <translation>電話番号 %1 は既に %2 に割り当てられています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 line buttons; remove a line first.</source>
        <translation>%1 のライン ボタンは %2 個です。先にラインを削除してください。</translation>
    </message>
    <message>
        <location line="-468"/>
        <location line="+472"/>
        <source>A subscribed phone service no longer exists.</source>
        <translation>登録されている電話サービスがもう存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>This device no longer exists.</source>
        <translation>このデバイスはもう存在しません。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Product type and protocol cannot change once a device is added.</source>
        <translation>デバイスの追加後は製品タイプとプロトコルを変更できません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 cannot be deleted: it is the Log Out Profile of %2.</source>
        <translation>%1 は削除できません: %2 のログアウト プロファイルです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be deleted: a user is logged in with it on %2. Log the user out first.</source>
        <translation>%1 は削除できません: ユーザがこれを使って %2 にログインしています。先にユーザをログアウトしてください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+122"/>
        <source>User ID is required.</source>
        <translation>ユーザー ID は必須です。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>User ID can be at most 128 characters.</source>
        <translation>ユーザー ID は 128 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>User ID may contain only letters, digits, dots, hyphens, underscores and @.</source>
        <translation>ユーザー ID には英字、数字、ピリオド、ハイフン、アンダースコア、@ だけを使用できます。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>User ID must be digits only while the Alphanumeric User ID service parameter is False.</source>
        <translation>サービス パラメータ Alphanumeric User ID が False の間は、ユーザー ID は数字だけにしてください。</translation>
    </message>
    <message>
        <location line="-553"/>
        <location line="+555"/>
        <source>An end user with User ID %1 already exists.</source>
        <translation>ユーザー ID が %1 のエンドユーザは既に存在します。</translation>
    </message>
    <message>
        <location line="-988"/>
        <source>%1 is in the middle of a bulk change.</source>
        <translation>%1 は一括変更の途中です。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The database of %1 (%2) refused the change: %3</source>
        <translation>%1 のデータベース (%2) が変更を拒否しました: %3</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Another change of %1 is in progress.</source>
        <translation>%1 では別の変更を処理中です。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Bulk import: each user needs exactly one device profile.</source>
        <translation>一括インポート: 各ユーザにはデバイス プロファイルがちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <location line="+587"/>
        <source>User ID %1 is already used by an application user.</source>
        <translation>ユーザー ID %1 は既にアプリケーション ユーザが使用しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Name is required.</source>
        <translation>姓は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First and last names can be at most 64 characters.</source>
        <translation>名と姓はそれぞれ 64 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-Service User ID must be digits only.</source>
        <translation>セルフサービス ユーザ ID は数字だけにしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-Service User ID %1 is already used by %2.</source>
        <translation>セルフサービス ユーザ ID %1 は既に %2 が使用しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary Extension %1 is not a directory number of this cluster.</source>
        <translation>プライマリ内線 %1 はこのクラスタの電話番号ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Controlled Profiles may list only existing device profiles.</source>
        <translation>制御するプロファイルには既存のデバイス プロファイルだけを指定できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice in Controlled Profiles.</source>
        <translation>%1 が制御するプロファイルに 2 回含まれています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default Profile must be one of the Controlled Profiles.</source>
        <translation>デフォルト プロファイルは制御するプロファイルの中から選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+134"/>
        <location line="+145"/>
        <source>This end user no longer exists.</source>
        <translation>このエンドユーザはもう存在しません。</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>%1 cannot be removed from Controlled Profiles: the user is logged in with it on %2.</source>
        <translation>%1 は制御するプロファイルから外せません: ユーザがこれを使って %2 にログインしています。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIN is required for a new end user.</source>
        <translation>新しいエンドユーザには PIN が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN must be digits only.</source>
        <translation>PIN は数字だけにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN can be at most 128 digits.</source>
        <translation>PIN は 128 桁以内で指定してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be deleted while logged in to a phone. Log the user out first.</source>
        <translation>%1 は電話機にログイン中のため削除できません。先にログアウトしてください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An application user with User ID %1 already exists.</source>
        <translation>ユーザー ID が %1 のアプリケーション ユーザは既に存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID %1 is already used by an end user.</source>
        <translation>ユーザー ID %1 は既にエンドユーザが使用しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password is required for a new application user.</source>
        <translation>新しいアプリケーション ユーザにはパスワードが必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <location line="+103"/>
        <location line="+118"/>
        <source>This application user no longer exists.</source>
        <translation>このアプリケーション ユーザはもう存在しません。</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Name is required.</source>
        <translation>名前は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name can be at most 128 characters.</source>
        <translation>名前は 128 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An access control group named %1 already exists.</source>
        <translation>%1 という名前のアクセス コントロールグループは既に存在します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>This access control group no longer exists.</source>
        <translation>このアクセス コントロールグループはもう存在しません。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is a standard group: it cannot be renamed.</source>
        <translation>%1 は標準グループのため、名前を変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A member of the group is not an end user of this cluster.</source>
        <translation>グループのメンバーにこのクラスタのエンドユーザではない人が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A member of the group is not an application user of this cluster.</source>
        <translation>グループのメンバーにこのクラスタのアプリケーション ユーザではないものが含まれています。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a standard group: it cannot be deleted.</source>
        <translation>%1 は標準グループのため、削除できません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>There is no access control group named %1.</source>
        <translation>%1 という名前のアクセス コントロールグループはありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no service parameter named %2.</source>
        <translation>%1 には %2 というサービス パラメータはありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no enterprise parameter named %1.</source>
        <translation>%1 というエンタープライズ パラメータはありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cluster ID %1 is already used by another cluster; it must be unique in the ILS network.</source>
        <translation>クラスタ ID %1 は既に別のクラスタが使用しています。ILS ネットワーク内で一意にしてください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Failed Logon must be a number from 1 to 100, or 0 for No Limit for Failed Logons.</source>
        <translation>ログオン失敗は 1 ～ 100 の数値で指定してください（0 はログオン失敗の制限なし）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset Failed Logon Attempts Every must be a number of minutes from 1 to 120.</source>
        <translation>ログオン失敗回数のリセット間隔は 1 ～ 120 分で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout Duration must be a number of minutes from 1 to 1440, or check Administrator Must Unlock.</source>
        <translation>ロックアウト期間は 1 ～ 1440 分で指定するか、「管理者によるロック解除が必要」をオンにしてください。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The login names a phone, profile or user that does not exist.</source>
        <translation>ログインに指定された電話機、プロファイル、またはユーザが存在しません。</translation>
    </message>
</context>
<context>
    <name>ClusterCopy</name>
    <message>
        <location filename="../models/provisioning/clustercopy.cpp" line="+168"/>
        <source>Service URL %1</source>
        <translation>サービス URL %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already there; kept as it is.</source>
        <translation>既にあります。そのまま残します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A service of that name there differs in Enterprise Subscription, which can be set only when a service is added.</source>
        <translation>同じ名前のサービスがありますが、エンタープライズ登録が異なります (サービスの追加時にのみ設定できます)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ASCII Service Name</source>
        <translation>ASCII サービス名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Description</source>
        <translation>サービスの説明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service URL</source>
        <translation>サービス URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure-Service URL</source>
        <translation>セキュア サービス URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Category</source>
        <translation>サービス カテゴリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+121"/>
        <source>%1 is the name of a phone there.</source>
        <translation>そのクラスタでは %1 は電話の名前です。</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>A device profile of that name there is a %1 %2; the type cannot change.</source>
        <translation>そのクラスタにある同名のデバイス プロファイルは %1 %2 です。タイプは変更できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory Number %1 belongs to %2 there.</source>
        <translation>電話番号 %1 は %2 が使用中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, lines %2</source>
        <translation>%1、回線 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribed Services</source>
        <translation>登録済みのサービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>User Locale</source>
        <translation>ユーザ ロケール</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an application user there.</source>
        <translation>そのクラスタでは %1 はアプリケーション ユーザです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-Service User ID %1 belongs to %2 there.</source>
        <translation>そのクラスタではセルフサービス ユーザ ID %1 は %2 が使用しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home Cluster unchecked; the PIN given below.</source>
        <translation>ホーム クラスタはオフ、PIN は下で入力したものになります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-Service User ID</source>
        <translation>セルフサービス ユーザ ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary Extension</source>
        <translation>プライマリ内線</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Controlled Profiles</source>
        <translation>制御するプロファイル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default Profile</source>
        <translation>デフォルト プロファイル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home Cluster and PIN stay as they are there.</source>
        <translation>ホーム クラスタと PIN はそのクラスタの設定のままです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also controlled by %1 there; it stays.</source>
        <translation>そのクラスタで %1 が制御しているプロファイルです。そのまま残ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new access control group with %1 as member.</source>
        <translation>%1 をメンバーとする新しいアクセス コントロールグループ。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 becomes a member.</source>
        <translation>%1 がメンバーになります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A membership only that cluster has; it stays.</source>
        <translation>そのクラスタだけのメンバーシップです。そのまま残ります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <location line="+18"/>
        <source>Not there.</source>
        <translation>存在しません。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 is logged in on %2 there.</source>
        <translation>そのクラスタで %1 は %2 にログインしています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device profiles are kept; delete them from the Device Profile page.</source>
        <translation>デバイス プロファイルは残ります。削除はデバイス プロファイルのページで行ってください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user is logged in with it on %1 there.</source>
        <translation>そのクラスタでユーザがこのプロファイルで %1 にログインしています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is the Log Out Profile of %1 there.</source>
        <translation>そのクラスタでは %1 のログアウト プロファイルです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 subscribes to it there.</source>
        <translation>そのクラスタでは %1 がこのサービスに登録しています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record to copy no longer exists.</source>
        <translation>コピーするレコードはもう存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is down.</source>
        <translation>%1 はダウンしています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a conflict (see the preview): nothing was written there.</source>
        <translation>%1 には競合があります (プレビューを参照)。このクラスタには何も書き込んでいません。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no phone service %2.</source>
        <translation>%1 には電話サービス %2 がありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no device profile %2.</source>
        <translation>%1 にはデバイス プロファイル %2 がありません。</translation>
    </message>
</context>
<context>
    <name>ClusterDatabase</name>
    <message>
        <location filename="../models/lab/lab.cpp" line="+479"/>
        <location filename="../models/store/clusterdatabase.cpp" line="+322"/>
        <source>The database of %1 (%2) cannot be opened: %3</source>
        <translation>%1 のデータベース (%2) を開けません: %3</translation>
    </message>
    <message>
        <location filename="../models/store/clusterdatabase.cpp" line="-24"/>
        <source>The database of %1 is missing: %2. Restore the file, or start the console with --create-missing-databases to give %1 a new, empty database.</source>
        <translation>%1 のデータベースがありません: %2。ファイルを復元するか、--create-missing-databases を付けてコンソールを起動し、%1 に新しい空のデータベースを作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 is empty (0 bytes): %2. Restore the file, or start the console with --create-missing-databases to give %1 a new, empty database.</source>
        <translation>%1 のデータベースが空です (0 バイト): %2。ファイルを復元するか、--create-missing-databases を付けてコンソールを起動し、%1 に新しい空のデータベースを作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) is in use by another program: %3</source>
        <translation>%1 のデータベース (%2) は別のプログラムが使用中です: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) is not an SQLite database: %3. The file was left as it is.</source>
        <translation>%1 のデータベース (%2) は SQLite データベースではありません: %3。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) is damaged: %3. The cluster was not opened and the file was left as it is; restore it from a backup copy (EMRoam Console keeps no snapshots).</source>
        <translation>%1 のデータベース (%2) が破損しています: %3。クラスタは開かず、ファイルは変更していません。バックアップから復元してください (EMRoam Console はスナップショットを保存しません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) was written by a newer version of EMRoam Console (schema %3; this one knows %4). The file was left as it is.</source>
        <translation>%1 のデータベース (%2) は新しいバージョンの EMRoam Console で書かれています (スキーマ %3、このバージョンは %4 まで)。ファイルは変更していません。</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <location filename="../views/topology/clusteritem.cpp" line="+73"/>
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, a node is down</source>
        <translation>稼働中 (ノード 1 台がダウン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, ILS stopped</source>
        <translation>稼働中、ILS 停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>ILS hub</source>
        <translation>ILS ハブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS spoke</source>
        <translation>ILS スポーク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ILS spoke of %1</source>
        <translation>%1 の ILS スポーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in ILS</source>
        <translation>ILS 外</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Isolated: its hub is out of ILS</source>
        <extracomment>a spoke cluster whose hub is down or not running ILS: it cannot exchange ILS updates</extracomment>
        <translation>孤立: ハブが ILS に不参加</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n ILS update(s) wait for it</source>
        <translation>
            <numerusform>ILS 更新 %n 件が待機中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logout owed: %1</source>
        <extracomment>the cluster still has these users logged in and must log them out once it learns their newer login elsewhere</extracomment>
        <translation>ログアウト待ち: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+9"/>
        <source>Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming.</source>
        <translation>Cisco Unified CM のクラスタ間の Extension Mobility ローミングの管理コンソールとラボ。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the lab in &lt;dir&gt; (a new folder gets the demo lab).</source>
        <translation>&lt;dir&gt; のラボを開きます (新しいフォルダにはデモ ラボを作成します)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start on a fresh demo lab in a temporary folder.</source>
        <translation>一時フォルダに新しいデモ ラボを作成して起動します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the console: ja or en.</source>
        <translation>コンソールの言語: ja または en。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the main window to &lt;file&gt; once started, then exit.</source>
        <translation>起動後にメイン ウィンドウの画像を &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run without a window: serve every cluster&apos;s HTTP endpoints until SIGINT or SIGTERM.</source>
        <translation>ウィンドウなしで実行します。SIGINT または SIGTERM を受けるまで各クラスタの HTTP エンドポイントを提供します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTP on &lt;address&gt; instead of 127.0.0.1 (PINs then cross the network in clear text).</source>
        <translation>127.0.0.1 の代わりに &lt;address&gt; で HTTP を提供します (PIN が平文でネットワークを流れます)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the lab script &lt;file&gt; without a window and exit (0 when every expect holds).</source>
        <translation>ウィンドウを開かずにラボ スクリプト &lt;file&gt; を実行して終了します (すべての expect が成り立てば 0)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &lt;key&gt; first (overview, endUser, deviceProfile, phone, …).</source>
        <translation>最初にページ &lt;key&gt; を開きます (overview、endUser、deviceProfile、phone など)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administer the cluster &lt;name&gt; first.</source>
        <translation>最初にクラスタ &lt;name&gt; を管理対象にします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a cluster whose database file is missing or empty (0 bytes) a new, empty database instead of refusing it.</source>
        <translation>データベース ファイルがない、または空 (0 バイト) のクラスタを拒否せず、新しい空のデータベースを作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the Roaming Readiness report of the lab without a window; exit 1 when it finds a problem.</source>
        <translation>ウィンドウを開かずにラボのローミング準備状況レポートを出力します。問題が見つかった場合は終了コード 1 で終了します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk Administration without a window: import, export or delete the records of a BAT file (see docs/bat.md).</source>
        <translation>ウィンドウなしの一括管理: BAT ファイルのレコードをインポート、エクスポート、削除します (docs/bat.md を参照)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --bat: the records, users, profiles or phones.</source>
        <translation>--bat と共に: レコードの種類 (users、profiles、phones)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --bat: the CSV file to read or write.</source>
        <translation>--bat と共に: 読み書きする CSV ファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --bat: every cluster of the lab, one after the other.</source>
        <translation>--bat と共に: ラボのすべてのクラスタに順に適用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bat: check every row and report, but write nothing.</source>
        <translation>--bat と共に: すべての行を確認して報告し、何も書き込みません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bat: apply the valid rows even when others are refused (default: all or nothing).</source>
        <translation>--bat と共に: 拒否された行があっても有効な行を適用します (既定: すべてか無しか)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bat: PIN for new end users whose PIN column is empty.</source>
        <translation>--bat と共に: PIN 列が空の新規エンドユーザの PIN。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--demo and --lab cannot be used together.</source>
        <translation>--demo と --lab は同時に指定できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lang takes ja or en, not %1.</source>
        <translation>--lang には ja または en を指定してください (%1 は指定できません)。</translation>
    </message>
</context>
<context>
    <name>ControlCenterPage</name>
    <message>
        <location filename="../views/admin/controlcenterpage.ui" line="+18"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select Server</source>
        <translation>サーバーの選択</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server*:</source>
        <translation>サーバー*:</translation>
    </message>
    <message>
        <location filename="../views/admin/controlcenterpage.cpp" line="+89"/>
        <source>Control Center - Feature Services</source>
        <translation>コントロールセンター - 機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control Center - Network Services</source>
        <translation>コントロールセンターのネットワークサービス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 started.</source>
        <translation>%1 を開始しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped.</source>
        <translation>%1 を停止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 restarted.</source>
        <translation>%1 を再起動しました。</translation>
    </message>
</context>
<context>
    <name>CopyToClustersDialog</name>
    <message>
        <location filename="../views/common/copytoclustersdialog.ui" line="+6"/>
        <location filename="../views/common/copytoclustersdialog.cpp" line="+270"/>
        <source>Copy to Clusters</source>
        <translation>クラスタにコピー</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PIN for new copies:</source>
        <translation>新しいコピーの PIN:</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../views/common/copytoclustersdialog.cpp" line="+1"/>
        <source>&amp;Copy to Selected Clusters</source>
        <translation>選択したクラスタにコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/common/copytoclustersdialog.cpp" line="-114"/>
        <location line="+2"/>
        <source>Missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Left alone</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone service %1</source>
        <translation>電話サービス %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device profile %1</source>
        <translation>デバイス プロファイル %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user %1</source>
        <translation>エンドユーザ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+104"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Present</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Different: %1</source>
        <translation>相違あり: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cluster is down</source>
        <translation>クラスタがダウンしています</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not changed: %1</source>
        <translation>変更なし: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete from Clusters</source>
        <translation>クラスタから削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete from Selected Clusters</source>
        <translation>選択したクラスタから削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End user %1 of %2 compared with the other clusters. Tick the clusters to delete it from.</source>
        <translation>%2 のエンドユーザ %1 を他のクラスタと比較しています。削除するクラスタをチェックしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user %1 of %2 compared with the other clusters. Its device profiles with their lines, their phone services and its access control groups are copied with it. Tick the clusters to copy it to; nothing is written before you click Copy, and a cluster with a conflict is left untouched.</source>
        <translation>%2 のエンドユーザ %1 を他のクラスタと比較しています。デバイス プロファイル (回線を含む)、その電話サービス、アクセス コントロールグループも一緒にコピーされます。コピー先のクラスタをチェックしてください。[コピー] をクリックするまで何も書き込まれず、競合のあるクラスタは変更されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device profile %1 of %2 compared with the other clusters. Tick the clusters to delete it from.</source>
        <translation>%2 のデバイス プロファイル %1 を他のクラスタと比較しています。削除するクラスタをチェックしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device profile %1 of %2 compared with the other clusters. Its phone services are copied with it. Tick the clusters to copy it to; nothing is written before you click Copy, and a cluster with a conflict is left untouched.</source>
        <translation>%2 のデバイス プロファイル %1 を他のクラスタと比較しています。その電話サービスも一緒にコピーされます。コピー先のクラスタをチェックしてください。[コピー] をクリックするまで何も書き込まれず、競合のあるクラスタは変更されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone service %1 of %2 compared with the other clusters. Tick the clusters to delete it from.</source>
        <translation>%2 の電話サービス %1 を他のクラスタと比較しています。削除するクラスタをチェックしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone service %1 of %2 compared with the other clusters. A URL naming a server of %2 is rewritten for each cluster. Tick the clusters to copy it to.</source>
        <translation>%2 の電話サービス %1 を他のクラスタと比較しています。%2 のサーバーを指す URL はクラスタごとに書き換えられます。コピー先のクラスタをチェックしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n cluster(s) updated.</source>
        <translation>
            <numerusform>%n 個のクラスタを更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Deleted from %n cluster(s).</source>
        <translation>
            <numerusform>%n 個のクラスタから削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In that cluster</source>
        <translation>そのクラスタの状態</translation>
    </message>
</context>
<context>
    <name>CredentialPolicyPage</name>
    <message>
        <location filename="../views/admin/credentialpolicypage.cpp" line="+20"/>
        <source>End User PIN</source>
        <translation>エンドユーザ PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End User Password</source>
        <translation>エンドユーザ パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application User Password</source>
        <translation>アプリケーション ユーザ パスワード</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Credential Policy Default Configuration</source>
        <translation>クレデンシャル ポリシーのデフォルト設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credential Policy</source>
        <translation>クレデンシャル ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Credential Policy</source>
        <translation>デフォルト クレデンシャル ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed Logon</source>
        <translation>ログオン失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Limit for Failed Logons</source>
        <translation>ログオン失敗の制限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Failed Logon Attempts Every (minutes)</source>
        <translation>ログオン失敗回数のリセット間隔（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockout Duration (minutes)</source>
        <translation>ロックアウト期間（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator Must Unlock</source>
        <translation>管理者によるロック解除が必要</translation>
    </message>
</context>
<context>
    <name>CredentialStatusBox</name>
    <message>
        <location filename="../views/admin/credentialstatusbox.cpp" line="+88"/>
        <location line="+16"/>
        <source>Not locked</source>
        <translation>ロックされていません</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Locked since lab time %1 after %n wrong tries: an administrator must unlock it.</source>
        <translation>
            <numerusform>ラボ時刻 %1 から %n 回の失敗によりロック中です。管理者がロックを解除する必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locked since lab time %1 after %n wrong tries, until %2.</source>
        <translation>
            <numerusform>ラボ時刻 %1 から %2 まで、%n 回の失敗によりロック中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not locked; %n wrong tries, the last at lab time %1.</source>
        <translation>
            <numerusform>ロックされていません。失敗 %n 回、最後はラボ時刻 %1 です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credential Information</source>
        <translation>クレデンシャル情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential Policy</source>
        <translation>クレデンシャル ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Credential Policy</source>
        <translation>デフォルト クレデンシャル ポリシー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../models/bat/csv.cpp" line="+14"/>
        <source>The file is not UTF-8 text.</source>
        <translation>ファイルが UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A quoted field opened on line %1 is never closed.</source>
        <translation>%1 行目で始まる引用符付きのフィールドが閉じられていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: text after a closing quote.</source>
        <translation>%1 行目: 閉じ引用符の後に文字があります。</translation>
    </message>
</context>
<context>
    <name>DemoLab</name>
    <message>
        <location filename="../models/lab/demolab.cpp" line="+137"/>
        <source>Demo lab</source>
        <translation>デモ ラボ</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../views/demo/demopanel.cpp" line="+124"/>
        <source>Lab Clock</source>
        <translation>ラボ クロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab time: hours, minutes, seconds</source>
        <translation>ラボ時間: 時、分、秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <extracomment>clock speed factor in the demo controls, e.g. &quot;0.25×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast lab time runs: slow it down to watch ILS updates travel</source>
        <translation>ラボ時間の進む速さ。遅くすると ILS 更新が伝わる様子を観察できます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario, Step by Step</source>
        <translation>シナリオをステップごとに</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cenario:</source>
        <translation>シナリオ(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing a scenario resets the lab to its starting point when it can.</source>
        <translation>シナリオを選ぶと、可能な場合はラボを開始時の状態にリセットします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart</source>
        <translation>最初から(&amp;R)</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>File: %1</source>
        <extracomment>scenario chooser: a lab script opened with File › Open Scenario…</extracomment>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <extracomment>a phone the story step is about, highlighted: device name and the user logged in</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This scenario cannot run</source>
        <translation>このシナリオは実行できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was run: the script has an error.</source>
        <translation>スクリプトにエラーがあるため、何も実行していません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Ready: %n step(s)</source>
        <translation>
            <numerusform>準備完了: %n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Next to run the first step.</source>
        <translation>[次へ] を押すと最初のステップを実行します。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This script has no steps.</source>
        <translation>このスクリプトにはステップがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice: %1</source>
        <translation>注目: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2 → %3</source>
        <translation>%1 行目: %2 → %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected “%1”, got “%2” (line %3)</source>
        <extracomment>a story step&apos;s expectation that did not hold; the texts are the script&apos;s</extracomment>
        <translation>期待値「%1」に対し結果は「%2」でした (%3 行目)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n check(s) of this step held.</source>
        <translation>
            <numerusform>このステップの %n 件の確認はすべて成立しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back and Restart need a lab that can be reset.</source>
        <translation>[戻る] と [最初から] には、リセットできるラボが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step: the lab is reset and the steps before it run again.</source>
        <translation>前のステップに戻ります。ラボをリセットし、それまでのステップをもう一度実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start: the lab is reset.</source>
        <translation>最初に戻ります。ラボをリセットします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../views/admin/devicepage.ui" line="+54"/>
        <location line="+90"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+90"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="-62"/>
        <location filename="../views/admin/devicepage.cpp" line="+350"/>
        <source>Device Profile Type:</source>
        <translation>デバイス プロファイルのタイプ:</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+211"/>
        <source>Device Protocol:</source>
        <translation>デバイス プロトコル:</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copy to Clusters...</source>
        <translation>クラスタにコピー...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from Clusters...</source>
        <translation>クラスタから削除...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Related Links:</source>
        <translation>関連リンク:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../views/admin/devicepage.cpp" line="+6"/>
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../views/admin/devicepage.cpp" line="-4"/>
        <source>Device Information</source>
        <translation>デバイスの情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product Type:</source>
        <translation>製品タイプ:</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../views/admin/devicepage.cpp" line="+1"/>
        <source>Device Name*:</source>
        <translation>デバイス名*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../views/admin/devicepage.cpp" line="+1"/>
        <source>Device Locale:</source>
        <translation>デバイス ロケール:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone Button Template*:</source>
        <translation>電話ボタン テンプレート*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Softkey Template:</source>
        <translation>ソフトキー テンプレート:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login User Id:</source>
        <translation>ログイン ユーザ ID:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Extension Information</source>
        <translation>内線情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable Extension Mobility</source>
        <translation>Extension Mobility の有効化</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log Out Profile:</source>
        <translation>ログアウト プロファイル:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logged In User:</source>
        <translation>ログイン中のユーザ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log Out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Association Information</source>
        <translation>割り当て情報</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directory Number*:</source>
        <translation>電話番号*:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a New DN</source>
        <translation>新規 DN を追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Line</source>
        <translation>ラインを削除</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subscribed Services</source>
        <translation>登録済みのサービス</translation>
    </message>
    <message>
        <location filename="../views/admin/devicepage.cpp" line="-172"/>
        <source>%1 (Enterprise Subscription)</source>
        <translation>%1 (エンタープライズ登録)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line [%1] - %2</source>
        <translation>ライン [%1] - %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 was reset but cannot register: Cisco CallManager is not running on %2.</source>
        <translation>%1 をリセットしましたが、登録できません: %2 で Cisco CallManager が実行されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was reset and registered again; it has no lines.</source>
        <translation>%1 をリセットし、再登録しました。ラインはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was reset and registered again with its saved configuration (lines: %2).</source>
        <translation>%1 をリセットし、保存した設定で再登録しました (ライン: %2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not logged in on any phone: nothing to reset; the next login applies its saved configuration.</source>
        <translation>%1 はどの電話機にもログインしていないため、リセットするものはありません。次回のログインで保存した設定が適用されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is logged in on %2: reset, registered again with its saved configuration.</source>
        <translation>%1 は %2 にログイン中です: リセットし、保存した設定で再登録しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in on %2: reset, but Cisco CallManager is not running, so they cannot register.</source>
        <translation>%1 は %2 にログイン中です: リセットしましたが、Cisco CallManager が実行されていないため登録できません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (profile %2)</source>
        <translation>%1 (プロファイル %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user is logged in</source>
        <translation>ログイン中のユーザはいません</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Add a New Phone</source>
        <translation>新しい電話の追加</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Add a New Device Profile</source>
        <translation>新しいデバイス プロファイルの追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the type of phone you would like to create</source>
        <translation>作成する電話のタイプを選択してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the device profile type you would like to create</source>
        <translation>作成するデバイス プロファイルのタイプを選択してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the protocol of %1</source>
        <translation>%1 のプロトコルを選択してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Type:</source>
        <translation>電話のタイプ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Configuration</source>
        <translation>電話の設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device Profile Configuration</source>
        <translation>デバイス プロファイルの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile Information</source>
        <translation>デバイス プロファイルの情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile Name*:</source>
        <translation>デバイス プロファイル名*:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Locale:</source>
        <translation>ユーザ ロケール:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe/Unsubscribe Services</source>
        <translation>サービスの登録/登録解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Current Device Settings</source>
        <translation>現在のデバイス設定を使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the device first, then add its directory numbers.</source>
        <translation>先にデバイスを保存してから電話番号を追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and List Phones</source>
        <translation>電話の検索と一覧表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find Phone where</source>
        <translation>電話の検索条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and List Device Profiles</source>
        <translation>デバイス プロファイルの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Device Profile where</source>
        <translation>デバイス プロファイルの検索条件</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../models/items/devicetablemodel.cpp" line="+23"/>
        <source>Device Name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device Profile Name</source>
        <translation>デバイス プロファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Type</source>
        <translation>デバイス タイプ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device Profile Type</source>
        <translation>デバイス プロファイルのタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Protocol</source>
        <translation>デバイス プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged In User</source>
        <translation>ログイン中のユーザ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Use On</source>
        <translation>使用中の電話機</translation>
    </message>
</context>
<context>
    <name>EditPage</name>
    <message>
        <location filename="../views/common/editpage.cpp" line="+19"/>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page has changes that are not saved. Discard them?</source>
        <translation>このページには保存されていない変更があります。破棄しますか?</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+10"/>
        <source>Add successful</source>
        <translation>追加に成功しました</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+15"/>
        <source>Update successful</source>
        <translation>更新に成功しました</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1, but roaming now has a problem: %2</source>
        <translation>%1。ただし、ローミングに問題が生じました: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(ほか %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roaming Readiness</source>
        <translation>ローミング準備状況</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to save: no field was changed.</source>
        <translation>保存するものはありません: 変更されたフィールドはありません。</translation>
    </message>
</context>
<context>
    <name>EmAppXml</name>
    <message>
        <location filename="../models/http/emappxml.cpp" line="+116"/>
        <source>Error %1 %2</source>
        <extracomment>a phone&apos;s error line: %1 the Extension Mobility code, %2 its name (as &quot;Error 201 Authentication Error&quot;)</extracomment>
        <translation>エラー %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is logged in on this phone. Log out?</source>
        <translation>%1 がこの電話機にログインしています。ログアウトしますか?</translation>
    </message>
</context>
<context>
    <name>EmResult</name>
    <message>
        <location filename="../models/mobility/emresult.cpp" line="+17"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid App User</source>
        <translation>無効なアプリケーション ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy Validation error</source>
        <translation>ポリシー検証エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database Error</source>
        <translation>データベース エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User lacks app proxy rights</source>
        <translation>ユーザにアプリケーション プロキシ権限がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device does not exist</source>
        <translation>デバイスが存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev. Profile not found</source>
        <translation>デバイス プロファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user logged in</source>
        <translation>別のユーザがログイン中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user logged in</source>
        <translation>ログイン中のユーザはいません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Logon Disabled</source>
        <translation>デバイスのログオンが無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User does not exist</source>
        <translation>ユーザが存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-Login Not Allowed</source>
        <translation>複数のログインは許可されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy Please Try Again</source>
        <translation>ビジー。再実行してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted IP Error</source>
        <translation>信頼されていない IP エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy not allowed</source>
        <translation>プロキシは許可されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication Error</source>
        <translation>認証エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank User ID or PIN</source>
        <translation>ユーザ ID または PIN が空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Profile Absent</source>
        <translation>ユーザ プロファイルなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Name Empty</source>
        <translation>デバイス名が空白です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EM Service Connection Error</source>
        <translation>EM サービス接続エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoginType invalid</source>
        <translation>ログイン タイプが無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DN has multiple users</source>
        <translation>DN に複数のユーザがいます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown Error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a device profile</source>
        <translation>デバイス プロファイルを選択してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EndUserPage</name>
    <message>
        <location filename="../views/admin/enduserpage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to Clusters...</source>
        <translation>クラスタにコピー...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from Clusters...</source>
        <translation>クラスタから削除...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>User Information</source>
        <translation>ユーザ情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID*:</source>
        <translation>ユーザー ID*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm Password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm PIN:</source>
        <translation>PIN の確認:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last Name*:</source>
        <translation>姓*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First Name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-Service User ID:</source>
        <translation>セルフサービス ユーザ ID:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User Locale:</source>
        <translation>ユーザ ロケール:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Home Cluster</source>
        <translation>ホーム クラスタ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directory Number Associations</source>
        <translation>電話番号の割り当て</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary Extension:</source>
        <translation>プライマリ内線:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Extension Mobility</source>
        <translation>Extension Mobility</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available Profiles:</source>
        <translation>使用可能なプロファイル:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Move to Controlled Profiles</source>
        <translation>制御するプロファイルに移動</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Move to Available Profiles</source>
        <translation>使用可能なプロファイルに移動</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Controlled Profiles:</source>
        <translation>制御するプロファイル:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Default Profile:</source>
        <translation>デフォルト プロファイル:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Permission Information</source>
        <translation>権限情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add to Access Control Group</source>
        <translation>アクセス コントロールグループに追加</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove from Access Control Group</source>
        <translation>アクセス コントロールグループから削除</translation>
    </message>
    <message>
        <location filename="../views/admin/enduserpage.cpp" line="+27"/>
        <source>Find and List Users</source>
        <translation>ユーザの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find User where</source>
        <translation>ユーザの検索条件</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>PIN and Confirm PIN do not match.</source>
        <translation>PIN と PIN の確認が一致しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password and Confirm Password do not match.</source>
        <translation>パスワードとパスワードの確認が一致しません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>End User Configuration</source>
        <translation>エンドユーザの設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End User Configuration (new)</source>
        <translation>エンドユーザの設定 (新規)</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+102"/>
        <location line="+2"/>
        <source>&lt; None &gt;</source>
        <translation>&lt; なし &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>EndUserTableModel</name>
    <message>
        <location filename="../models/items/endusertablemodel.cpp" line="+16"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First Name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Extension</source>
        <translation>プライマリ内線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home Cluster</source>
        <translation>ホーム クラスタ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../views/common/entitypage.cpp" line="+126"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are about to permanently delete this item. This action cannot be undone. Continue?</source>
        <translation>この項目を完全に削除しようとしています。この操作は元に戻せません。続行しますか?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete Selected</source>
        <translation>選択項目の削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You are about to permanently delete %n item(s). This action cannot be undone. Continue?</source>
        <translation>
            <numerusform>%n 個の項目を完全に削除しようとしています。この操作は元に戻せません。続行しますか?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../views/events/eventlogview.cpp" line="+98"/>
        <source>Export the Event Log</source>
        <translation>イベント ログのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Copied %n event(s).</source>
        <translation>
            <numerusform>%n 件のイベントをコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All clusters</source>
        <translation>すべてのクラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events of one cluster</source>
        <translation>1 つのクラスタのイベントを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one kind of event</source>
        <translation>1 種類のイベントを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events of a user (part of the user ID)</source>
        <translation>ユーザのイベントを表示します (ユーザー ID の一部)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text</source>
        <translation>テキストを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events whose time, cluster, device or message contain this text</source>
        <translation>時刻、クラスタ、デバイス、メッセージにこのテキストを含むイベントを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the selected events, or every event shown, as tab-separated text</source>
        <translation>選択したイベント (選択がなければ表示中のすべてのイベント) をタブ区切りのテキストとしてコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport...</source>
        <translation>エクスポート(&amp;X)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the events shown to a CSV file</source>
        <translation>表示中のイベントを CSV ファイルに保存します</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../models/items/eventtablemodel.cpp" line="+91"/>
        <source>Lab Time</source>
        <translation>ラボ時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Login/logout</source>
        <translation>ログイン/ログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS</source>
        <translation>ILS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>コール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server/service</source>
        <translation>サーバ/サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>障害</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer</source>
        <translation>相手</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>ExtensionMobility</name>
    <message>
        <location filename="../models/mobility/extensionmobility.cpp" line="+63"/>
        <source>The request names no device: check the Extension Mobility service URL (…?device=#DEVICENAME#).</source>
        <translation>要求にデバイスが指定されていません。Extension Mobility のサービス URL (…?device=#DEVICENAME#) を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loginType=%1 is not UID, DN or SP (the URL is case sensitive).</source>
        <translation>loginType=%1 は UID、DN、SP のいずれでもありません (URL は大文字と小文字を区別します)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cisco Extension Mobility is not running on any server of %1.</source>
        <translation>%1 のどのサーバーでも Cisco Extension Mobility が実行されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user ID or the PIN was left blank.</source>
        <translation>ユーザ ID または PIN が空のままです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 login/logout requests are already in progress on %2 (Maximum Concurrent Requests = %3).</source>
        <translation>%2 では既に %1 件のログイン/ログアウト要求を処理中です (同時要求の最大数 = %3)。</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Wrong PIN for %1 in an EM API request (wrong tries: %2).</source>
        <translation>EM API 要求で %1 の PIN が誤っています（失敗回数: %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password for %1 in an EM API request (wrong tries: %2).</source>
        <translation>EM API 要求で %1 のパスワードが誤っています（失敗回数: %2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon); an administrator must unlock it on the End User page.</source>
        <translation>%1 の PIN は %2 回の失敗でロックされました（クレデンシャル ポリシー: ログオン失敗）。管理者がエンドユーザのページでロックを解除する必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon); an administrator must unlock it on the End User or Application User page.</source>
        <translation>%1 のパスワードは %2 回の失敗でロックされました（クレデンシャル ポリシー: ログオン失敗）。管理者がエンドユーザまたはアプリケーション ユーザのページでロックを解除する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon) for %3 minutes, or until an administrator unlocks it.</source>
        <translation>%1 の PIN は %2 回の失敗により %3 分間、または管理者がロックを解除するまでロックされました（クレデンシャル ポリシー: ログオン失敗）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon) for %3 minutes, or until an administrator unlocks it.</source>
        <translation>%1 のパスワードは %2 回の失敗により %3 分間、または管理者がロックを解除するまでロックされました（クレデンシャル ポリシー: ログオン失敗）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An administrator unlocked the PIN of %1.</source>
        <translation>管理者が %1 の PIN のロックを解除しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator unlocked the password of %1.</source>
        <translation>管理者が %1 のパスワードのロックを解除しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+204"/>
        <source>The database of %1 failed while handling the request.</source>
        <translation>要求の処理中に %1 のデータベースでエラーが発生しました。</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+204"/>
        <source>%1 has no phone named %2.</source>
        <translation>%1 には %2 という名前の電話機はありません。</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Enable Extension Mobility is unchecked on %1 (Device &gt; Phone).</source>
        <translation>%1 で [Extension Mobility の有効化] がオフになっています ([デバイス] &gt; [電話])。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no end user %2.</source>
        <translation>%1 にはエンドユーザ %2 はいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>The user ID or PIN is not correct.</source>
        <translation>ユーザ ID または PIN が正しくありません。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No end user of %1 has %2 as Primary Extension.</source>
        <translation>%1 には %2 をプライマリ内線とするエンドユーザがいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end user of %1 has %2 as Self-Service User ID.</source>
        <translation>%1 には %2 をセルフサービス ユーザ ID とするエンドユーザがいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the Primary Extension of several users (%2).</source>
        <translation>%1 は複数のユーザ (%2) のプライマリ内線です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PIN of %1 is locked after too many wrong tries (Credential Policy); it is refused until the lockout ends or an administrator unlocks it (End User page).</source>
        <translation>%1 の PIN は失敗が多すぎるためロックされています（クレデンシャル ポリシー）。ロックアウトが終わるか管理者がロックを解除する（エンドユーザのページ）まで拒否されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not the home cluster of %2, and %2 is not in Standard EM Roaming Across Clusters Super Users: only super users may log in away from home.</source>
        <translation>%1 は %2 のホーム クラスタではなく、%2 は クラスタ間標準 EM ローミング スーパーユーザー のメンバーでもありません。ホーム以外でログインできるのはスーパーユーザーだけです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 runs Unified CM %2, older than 12.0(1)SU1, which has no EM Roaming Across Clusters: %3 may log in there only if it is the home cluster.</source>
        <translation>%1 の Unified CM は %2 で、クラスタ間の Extension Mobility ローミングがない 12.0(1)SU1 より前のリリースです。%3 はそこがホーム クラスタの場合にのみログインできます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no device profile in Controlled Profiles on %2.</source>
        <translation>%2 の %1 には、制御するプロファイルにデバイス プロファイルがありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not one of the Controlled Profiles of %2.</source>
        <translation>%1 は %2 の制御するプロファイルではありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 controls several device profiles and has no default: the phone lists them to choose from.</source>
        <translation>%1 は複数のデバイス プロファイルを制御しており、デフォルトがありません。電話機に一覧を表示して選択させます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device profile of %1 could not be read.</source>
        <translation>%1 のデバイス プロファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already logged in on %2: log out first.</source>
        <translation>%1 は既に %2 にログインしています。先にログアウトしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is logged in on %2 and Multiple Login Behavior is Multiple Logins Not Allowed.</source>
        <translation>%1 は %2 にログイン中で、複数のログイン動作が Multiple Logins Not Allowed です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logged in on %2: Multiple Login Behavior is Auto Logout, so the earlier login was logged out.</source>
        <translation>%1 が %2 にログインしました。複数のログイン動作が Auto Logout のため、以前のログインはログアウトされました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database of %1 failed while recording the login.</source>
        <translation>ログインの記録中に %1 のデータベースでエラーが発生しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is for %2 but the phone is a %3: the Default Device Profile of %3 supplies the phone button template and softkeys; lines, speed dials, locale and services come from %1.</source>
        <translation>%1 は %2 用ですが、電話機は %3 です。電話ボタン テンプレートとソフトキーは %3 のデフォルト デバイス プロファイルから、ライン、短縮ダイヤル、ロケール、サービスは %1 から取得します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logged in on %2 with %3; the user locale (%4) differs from the device locale (%5), so the phone resets.</source>
        <translation>%1 が %3 で %2 にログインしました。ユーザ ロケール (%4) がデバイス ロケール (%5) と異なるため、電話機はリセットされます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 logged in on %2 with %3; the phone restarts with the profile&apos;s lines and services.</source>
        <translation>%1 が %3 で %2 にログインしました。電話機はプロファイルのラインとサービスで再起動します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logged in on %2 with %3, which has no phone services: the phone shows no services (subscribe the profile to Extension Mobility).</source>
        <translation>%1 が %3 で %2 にログインしましたが、%3 には電話サービスがないため、電話機にサービスが表示されません (プロファイルを Extension Mobility に登録してください)。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody is logged in on %1.</source>
        <translation>%1 には誰もログインしていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody is logged in on this phone.</source>
        <translation>この電話機には誰もログインしていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database of %1 failed while recording the logout.</source>
        <translation>ログアウトの記録中に %1 のデータベースでエラーが発生しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 logged out of %2; the phone returned to its Log Out Profile without phone services (Synchronization Between Auto Device Profile and Phone Configuration is False, or the phone is not subscribed).</source>
        <translation>%1 が %2 からログアウトしました。電話機はログアウト プロファイルに戻りましたが、電話サービスがありません (自動デバイス プロファイルと電話の設定間の同期 が False か、電話機が登録されていません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 logged out of %2; the phone restarts with its Log Out Profile.</source>
        <translation>%1 が %2 からログアウトしました。電話機はログアウト プロファイルで再起動します。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database of %1 failed before saving the latest logins and logouts; they were undone (logins: %2, logouts: %3) and answered with Database Error (6).</source>
        <translation>%1 のデータベースで最新のログインとログアウトの保存前にエラーが発生しました。これらは取り消され (ログイン: %2、ログアウト: %3)、データベース エラー (6) で応答しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 learned on its return that %2 logged in on %3: logged %2 out of %4.</source>
        <translation>%1 は復旧時に %2 が %3 にログインしたことを学習し、%2 を %4 からログアウトしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 logged in on %2: %3 logged %1 out of %4 automatically.</source>
        <translation>%1 が %2 にログインしたため、%3 は %1 を %4 から自動的にログアウトしました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was logged out of %2: Intra-cluster Maximum Login Time (%3) reached.</source>
        <translation>%1 は %2 からログアウトされました: クラスタ内最大ログイン時間 (%3) に達しました。</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>%1 logged in on %2 with %3; the user locale of the device profile (%4) differs from the device locale (%5), so the phone resets.</source>
        <translation>%1 が %3 で %2 にログインしました。デバイス プロファイルのユーザ ロケール (%4) がデバイス ロケール (%5) と異なるため、電話機はリセットされます。</translation>
    </message>
</context>
<context>
    <name>FindListWidget</name>
    <message>
        <location filename="../views/common/findlistwidget.ui" line="+52"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select &amp;All</source>
        <translation>すべてを選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear All</source>
        <translation>すべてをクリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Selected</source>
        <translation>選択項目の削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;New</source>
        <translation>新規追加(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/findlistwidget.cpp" line="+161"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n 件のレコードが見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n record(s) match</source>
        <translation>
            <numerusform>%n 件中 %1 件が一致</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find where</source>
        <translation>検索条件</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n 件のレコードを削除しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProxyModel</name>
    <message>
        <location filename="../models/items/findproxymodel.cpp" line="+26"/>
        <source>begins with</source>
        <translation>が次の文字列で始まる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>が次の文字列を含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>が次の文字列で終わる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is exactly</source>
        <translation>が次の文字列と等しい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>が空である</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not empty</source>
        <translation>が空ではない</translation>
    </message>
</context>
<context>
    <name>FindUsersDialog</name>
    <message>
        <location filename="../views/admin/findusersdialog.ui" line="+6"/>
        <location filename="../views/admin/findusersdialog.cpp" line="+16"/>
        <source>Find and List Users</source>
        <translation>ユーザの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add Selected</source>
        <translation>選択項目の追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/admin/findusersdialog.cpp" line="+0"/>
        <source>Find User where</source>
        <translation>ユーザの検索条件</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../models/cluster/cluster.cpp" line="-1641"/>
        <source>Standard CCM End Users</source>
        <translation>標準 CCM エンドユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Super Users</source>
        <translation>標準 CCM スーパーユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Admin Users</source>
        <translation>標準 CCM 管理ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Read Only</source>
        <translation>標準 CCM 読み取り専用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Phone Administration</source>
        <translation>標準 CCM 電話管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CTI Enabled</source>
        <translation>標準 CTI 有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard AXL API Users</source>
        <translation>標準 AXL API ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard EM Authentication Proxy Rights</source>
        <translation>標準 EM 認証プロキシ権限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard EM Roaming Across Clusters Super Users</source>
        <translation>クラスタ間標準 EM ローミング スーパーユーザー</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../models/http/headlessrunner.cpp" line="+70"/>
        <source>--listen needs an IP address, not %1.</source>
        <translation>--listen には IP アドレスを指定してください (%1 は指定できません)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).</source>
        <translation>警告: %1 で待ち受けています。電話機と API クライアントはユーザ ID と PIN を平文 (HTTP) でネットワークに送信します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot install the signal handlers.</source>
        <translation>シグナル ハンドラをインストールできません。</translation>
    </message>
</context>
<context>
    <name>IlsClusterTableModel</name>
    <message>
        <location filename="../models/items/ilsclustertablemodel.cpp" line="+92"/>
        <source>Hub Cluster</source>
        <translation>ハブ クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke Cluster</source>
        <translation>スポーク クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand-alone Cluster</source>
        <translation>スタンドアロン クラスタ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, ILS running</source>
        <translation>稼働中、ILS 実行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up, ILS not running</source>
        <translation>稼働中、ILS 停止中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster ID</source>
        <translation>クラスタ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers With Hub</source>
        <translation>登録先ハブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending Updates</source>
        <translation>保留中の更新</translation>
    </message>
</context>
<context>
    <name>IlsConfigurationPage</name>
    <message>
        <location filename="../views/admin/ilsconfigurationpage.ui" line="+18"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../views/admin/ilsconfigurationpage.cpp" line="+119"/>
        <source>ILS Configuration</source>
        <translation>ILS 設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Registers With Hub:</source>
        <translation>登録先ハブ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Synchronize Clusters Every:</source>
        <translation>クラスタの同期間隔:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ILS Clusters and Global Dial Plan Imported Catalogs</source>
        <translation>ILS クラスタとグローバル ダイヤル プラン インポート済みカタログ</translation>
    </message>
    <message>
        <location filename="../views/admin/ilsconfigurationpage.cpp" line="-8"/>
        <source>Directory number %1 is defined on %2 for different owners (%3): ILS needs a uniform dial plan.</source>
        <translation>電話番号 %1 が %2 で異なる所有者 (%3) に定義されています。ILS には均一のダイヤル プランが必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hub Cluster</source>
        <translation>ハブ クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke Cluster</source>
        <translation>スポーク クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand-alone Cluster</source>
        <translation>スタンドアロン クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub clusters connect to every other hub; a spoke cluster registers with one hub. Save changes the ILS network of the lab at once and keeps the role in lab.json.</source>
        <translation>ハブ クラスタは他のすべてのハブと接続し、スポーク クラスタは 1 つのハブに登録します。保存するとラボの ILS ネットワークがすぐに変更され、役割は lab.json に保存されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IlsNetwork</name>
    <message>
        <location filename="../models/ils/ilsnetwork.cpp" line="+250"/>
        <source>The ILS network has %1 hub clusters; Cisco recommends at most 10.</source>
        <translation>ILS ネットワークにハブ クラスタが %1 個あります。Cisco の推奨は 10 個までです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hub %1 has %2 spoke clusters; Cisco recommends at most 20 per hub.</source>
        <translation>ハブ %1 にスポーク クラスタが %2 個あります。Cisco の推奨はハブあたり 20 個までです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ILS network has %1 clusters; Cisco recommends at most 200.</source>
        <translation>ILS ネットワークにクラスタが %1 個あります。Cisco の推奨は 200 個までです。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Directory number %1 is defined on %2 for different owners (%3): the dial plan is not uniform.</source>
        <translation>電話番号 %1 が %2 で異なる所有者 (%3) に定義されています。ダイヤル プランが均一ではありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 takes part in ILS again: it sends and receives what waited for it.</source>
        <translation>%1 が ILS に復帰しました。待機していた更新を送受信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped taking part in ILS: updates for it wait until it returns.</source>
        <translation>%1 が ILS から離脱しました。宛ての更新は復帰まで待機します。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The Extension Mobility login of %1 started an ILS sync from %2.</source>
        <translation>%1 の Extension Mobility ログインにより、%2 から ILS 同期が開始されました。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 became a roaming super user on %2: an ILS sync started.</source>
        <translation>%1 が %2 でローミングのスーパーユーザーになりました。ILS 同期が開始されました。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>ILS updates from %1 to %2 wait: %3 does not take part in ILS now.</source>
        <translation>%1 から %2 への ILS 更新は待機中です: %3 は現在 ILS に参加していません。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 received %2 ILS updates from %3 and applied %4.</source>
        <translation>%1 が %3 から ILS 更新を %2 件受信し、%4 件を適用しました。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 sends %2 ILS updates to %3.</source>
        <translation>%1 が %3 に ILS 更新を %2 件送信します。</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>The news that %1 logged in on %2 is on its way to %3, which logs %1 out when it arrives.</source>
        <translation>%1 が %2 にログインしたことが %3 に伝達中です。到着すると %3 は %1 をログアウトします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logout of %1 on %2 deferred: %2 cannot receive ILS updates now; it logs %1 out as soon as it can (%1 logged in on %3).</source>
        <translation>%2 での %1 のログアウトは保留されています: %2 は現在 ILS 更新を受信できません。受信できるようになり次第 %1 をログアウトします (%1 は %3 にログインしました)。</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../models/lab/lab.cpp" line="-384"/>
        <location line="+49"/>
        <source>Cannot create the lab folder %1.</source>
        <translation>ラボ フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+77"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+80"/>
        <source>%1 is not a valid lab file: %2</source>
        <translation>%1 は有効なラボ ファイルではありません: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+83"/>
        <source>%1 was written by a newer version of EMRoam Console.</source>
        <translation>%1 は新しいバージョンの EMRoam Console で作成されています。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1: &quot;%2&quot; is not a Unified CM release (write it as Cisco does, for example 12.0(1)SU1).</source>
        <translation>%1: &quot;%2&quot; は Unified CM のリリースではありません (12.0(1)SU1 のように Cisco の表記で書いてください)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is a spoke of &quot;%2&quot;, which is not a cluster of this lab.</source>
        <translation>%1 は &quot;%2&quot; のスポークですが、&quot;%2&quot; はこのラボのクラスタではありません。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The lab in %1 is open in another EMRoam Console: close that one first.</source>
        <translation>%1 のラボは別の EMRoam Console で開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 already holds a lab.</source>
        <translation>%1 にはすでにラボがあります。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The lab file %1 cannot be used; nothing was opened or changed:</source>
        <translation>ラボ ファイル %1 は使用できません。何も開かず、何も変更していません:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No cluster of the lab in %1 could be opened:</source>
        <translation>%1 のラボのクラスタを 1 つも開けませんでした:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;settings&quot; must be an object.</source>
        <translation>&quot;settings&quot; はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting %1 must be a number of 0 or more.</source>
        <translation>設定 %1 は 0 以上の数値でなければなりません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lab file lists no clusters.</source>
        <translation>ラボ ファイルにクラスタがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 of &quot;clusters&quot; is not an object.</source>
        <translation>&quot;clusters&quot; の %1 番目の項目がオブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cluster %1</source>
        <translation>クラスタ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown ILS role &quot;%2&quot; (hub, spoke or none).</source>
        <translation>%1: 不明な ILS ロール &quot;%2&quot; です (hub、spoke、none のいずれか)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;position&quot; must be an object with numbers x and y between -%2 and %2.</source>
        <translation>%1: &quot;position&quot; は -%2 から %2 までの数値 x と y を持つオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In the lab file, cluster %1 has no name.</source>
        <translation>ラボ ファイルのクラスタ %1 に名前がありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cluster name %1 is used more than once (names must differ, ignoring case).</source>
        <translation>クラスタ名 %1 が複数回使われています (大文字と小文字を区別せずに異なる名前が必要です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cluster without a name</source>
        <translation>名前のないクラスタ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no database file.</source>
        <translation>%1 にデータベース ファイルがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the database &quot;%2&quot; must be a file name inside the lab folder (no folders, no &quot;..&quot;).</source>
        <translation>%1: データベース &quot;%2&quot; はラボ フォルダ内のファイル名でなければなりません (フォルダや &quot;..&quot; は使用できません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the database cannot be the lab file %2.</source>
        <translation>%1: ラボ ファイル %2 をデータベースにすることはできません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 share the database %3: each cluster needs its own file.</source>
        <translation>%1 と %2 がデータベース %3 を共有しています。クラスタごとに別のファイルが必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no nodes.</source>
        <translation>%1 にノードがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a node has no host name.</source>
        <translation>%1: ホスト名のないノードがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the host name %2 is listed twice.</source>
        <translation>%1: ホスト名 %2 が 2 回記載されています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs exactly one publisher node.</source>
        <translation>%1 にはパブリッシャ ノードがちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Server %1 of %2 is up.</source>
        <translation>%2 のサーバー %1 が稼働しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server %1 of %2 is down.</source>
        <translation>%2 のサーバー %1 がダウンしました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is up.</source>
        <translation>%1 が稼働しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is down: its phones unregister and it leaves ILS until it returns.</source>
        <translation>%1 がダウンしました。電話機は登録解除され、復旧するまで ILS から離脱します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is running on %2.</source>
        <translation>%1 が %2 で実行中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped on %2.</source>
        <translation>%1 が %2 で停止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated on %2.</source>
        <translation>%1 が %2 で非アクティブになりました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+82"/>
        <location line="+29"/>
        <location line="+28"/>
        <source>There is no cluster named %1.</source>
        <translation>%1 という名前のクラスタはありません。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>A spoke cluster registers with a hub cluster: %1 is not a hub of this lab.</source>
        <translation>スポーク クラスタはハブ クラスタに登録します: %1 はこのラボのハブではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+74"/>
        <source>%1 is the hub of %2: move its spoke clusters to another hub first.</source>
        <translation>%1 は %2 のハブです。先にスポーク クラスタを別のハブに移してください。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Injected fault: the database of %1 fails every request.</source>
        <translation>障害の注入: %1 のデータベースがすべての要求に失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database of %1 works again.</source>
        <translation>%1 のデータベースが復旧しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A cluster needs a name that no other cluster of the lab has.</source>
        <translation>クラスタには、ラボ内の他のクラスタと重複しない名前が必要です。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is not a Unified CM release: write it as Cisco does, for example 12.0(1)SU1 or 14.0(1).</source>
        <translation>%1 は Unified CM のリリースではありません。12.0(1)SU1 や 14.0(1) のように Cisco の表記で入力してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <source>The lab could not be saved: %1</source>
        <translation>ラボを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 cannot be placed that far out on the map.</source>
        <translation>%1 をマップ上でそこまで遠くに置くことはできません。</translation>
    </message>
</context>
<context>
    <name>LabHttp</name>
    <message>
        <location filename="../models/http/labhttp.cpp" line="+34"/>
        <source>Cannot listen for %1 on %2: %3</source>
        <translation>%2 で %1 の待ち受けを開始できません: %3</translation>
    </message>
</context>
<context>
    <name>LabOverviewModel</name>
    <message>
        <location filename="../models/items/laboverviewmodel.cpp" line="+114"/>
        <location line="+136"/>
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Partly up (%1 of %2 nodes)</source>
        <translation>一部稼働 (%2 ノード中 %1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cluster ID (System › Enterprise Parameters)</source>
        <translation>クラスタ ID ([システム] › [エンタープライズ パラメータ])</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hub cluster</source>
        <translation>ハブ クラスタ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoke cluster of %1</source>
        <translation>%1 のスポーク クラスタ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the ILS network</source>
        <translation>ILS ネットワーク外</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+88"/>
        <source>%1 of %2 running</source>
        <translation>%2 件中 %1 件が実行中</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Unified CM release (double-click to change). 12.0(1)SU1 or later takes roaming logins.</source>
        <translation>Unified CM のリリース (ダブルクリックで変更)。12.0(1)SU1 以上ならローミング ログインを受け付けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 12.0(1)SU1: this cluster takes no roaming logins (double-click to change).</source>
        <translation>12.0(1)SU1 より前: このクラスタはローミング ログインを受け付けません (ダブルクリックで変更)。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started: the database was refused</source>
        <translation>未起動: データベースが拒否されました</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every activated service is running.</source>
        <translation>アクティブなサービスはすべて実行中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running: %1</source>
        <translation>停止中: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publisher</source>
        <translation>パブリッシャ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscriber</source>
        <translation>サブスクライバ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 running — stopped: %3</source>
        <translation>%2 件中 %1 件が実行中 — 停止中: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cluster / Server</source>
        <translation>クラスタ / サーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster ID / Address</source>
        <translation>クラスタ ID / アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified CM Release</source>
        <translation>Unified CM リリース</translation>
    </message>
</context>
<context>
    <name>LabScript</name>
    <message>
        <location filename="../models/script/labscript.cpp" line="+763"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>LabSnapshot</name>
    <message>
        <location filename="../models/lab/labsnapshot.cpp" line="+80"/>
        <source>The database of %1 was refused when the lab opened, so the lab cannot be saved whole: %2</source>
        <translation>ラボを開いたときに %1 のデータベースが拒否されたため、ラボ全体を保存できません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: choose a new folder for the snapshot.</source>
        <translation>%1 は空ではありません。スナップショット用に新しいフォルダを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the database of %1 into the snapshot: %2</source>
        <translation>%1 のデータベースをスナップショットにコピーできません: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダ %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a snapshot of EMRoam Console (it has no %2).</source>
        <translation>%1 は EMRoam Console のスナップショットではありません (%2 がありません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a snapshot of EMRoam Console (%2 does not describe one).</source>
        <translation>%1 は EMRoam Console のスナップショットではありません (%2 がスナップショットを記述していません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot %1 was written by a newer version of EMRoam Console.</source>
        <translation>スナップショット %1 は、より新しいバージョンの EMRoam Console で作成されています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names a file outside the snapshot: &quot;%2&quot;.</source>
        <translation>%1 がスナップショット外のファイルを指しています: &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 of the snapshot is missing.</source>
        <translation>スナップショットのファイル %1 がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 of the snapshot was changed or is damaged (its checksum differs from the one taken with the snapshot).</source>
        <translation>スナップショットのファイル %1 は変更されたか破損しています (チェックサムがスナップショット作成時と異なります)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot has no %1.</source>
        <translation>スナップショットに %1 がありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot has no database for %1 (%2).</source>
        <translation>スナップショットに %1 のデータベース (%2) がありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The snapshot %1 cannot be restored; the lab was not changed:</source>
        <translation>スナップショット %1 は復元できません。ラボは変更されていません:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create a temporary folder for the demo lab: %1</source>
        <translation>デモ ラボ用の一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot copy %1 into the lab folder %2; the lab was not changed.</source>
        <translation>%1 をラボ フォルダ %2 にコピーできません。ラボは変更されていません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot move %1 into the lab folder.</source>
        <translation>%1 をラボ フォルダに移動できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move %1 aside.</source>
        <translation>%1 を退避できません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The lab could not be replaced and was reopened as it was: %1</source>
        <translation>ラボを置き換えられなかったため、元の状態で開き直しました: %1</translation>
    </message>
</context>
<context>
    <name>LoginTableModel</name>
    <message>
        <location filename="../models/items/logintablemodel.cpp" line="+105"/>
        <source>Home cluster</source>
        <translation>ホーム クラスタ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roaming</source>
        <translation>ローミング</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / Roaming</source>
        <translation>ホーム / ローミング</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+267"/>
        <source>Open Lab</source>
        <translation>ラボを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset Lab</source>
        <translation>ラボのリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the demo lab back in %1? Every change made to this lab is lost (save a snapshot first to keep it).</source>
        <translation>%1 をデモ ラボに戻しますか? このラボへの変更はすべて失われます (残すには先にスナップショットを保存してください)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore Snapshot</source>
        <translation>スナップショットの復元</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>About EMRoam Console</source>
        <translation>EMRoam Console について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;EMRoam Console %1&lt;/h3&gt;&lt;p&gt;Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming.&lt;/p&gt;&lt;p&gt;Lab folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EMRoam Console %1&lt;/h3&gt;&lt;p&gt;Cisco Unified CM のクラスタ間の Extension Mobility ローミングの管理コンソールとラボ。&lt;/p&gt;&lt;p&gt;ラボ フォルダ: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab scripts (*.emroam);;All files (*)</source>
        <translation>ラボ スクリプト (*.emroam);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cluster:</source>
        <translation>クラスタ(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster whose administration pages you are in</source>
        <translation>管理ページの対象となるクラスタ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Lab...</source>
        <translation>ラボを開く(&amp;O)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the lab in another folder (an empty folder gets the demo lab)</source>
        <translation>別のフォルダのラボを開きます (空のフォルダにはデモ ラボが作成されます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Lab...</source>
        <translation>ラボのリセット(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Snapshot...</source>
        <translation>スナップショットの保存(&amp;S)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore Snapshot...</source>
        <translation>スナップショットの復元(&amp;T)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scenario…</source>
        <translation>シナリオを開く(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with larger type, for a projector</source>
        <translation>プロジェクタ向けに全画面表示と大きな文字にします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Topology and Phones &amp;Side by Side</source>
        <translation>ILS トポロジと電話機を並べて表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EMRoam Console</source>
        <translation>EMRoam Console について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help for This &amp;Page</source>
        <translation>このページのヘルプ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID, device, profile or DN</source>
        <translation>ユーザー ID、デバイス、プロファイル、DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds a user ID, phone, device profile or directory number on every cluster</source>
        <translation>すべてのクラスタでユーザー ID、電話、デバイス プロファイル、電話番号を検索します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page is not part of this version of the console yet.</source>
        <translation>このページはこのバージョンのコンソールにはまだありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: HTTP listens on %1: user IDs and PINs cross the network in clear text</source>
        <translation>警告: HTTP が %1 で待ち受けています。ユーザ ID と PIN が平文でネットワークを流れます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started with --listen %1. Phones and API clients use plain HTTP; only use this on a network you trust.</source>
        <translation>--listen %1 で起動しました。電話機と API クライアントは平文の HTTP を使います。信頼できるネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>End User</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%3 の%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lab: %1 — %2 of %3 clusters up, %4 logged in</source>
        <translation>ラボ: %1 — %3 クラスタ中 %2 が稼働中、%4 人がログイン中</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This demo lab lives only while the console runs: the changes made to it are lost when you quit. Save a snapshot of it first?</source>
        <translation>このデモ ラボはコンソールの実行中だけ存在します。終了すると変更は失われます。先にスナップショットを保存しますか?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>EMRoam snapshot %1</source>
        <extracomment>default name of a new snapshot folder; %1 is the date and time</extracomment>
        <translation>EMRoam スナップショット %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Snapshot</source>
        <translation>スナップショットの保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot was not saved: %1</source>
        <translation>スナップショットは保存されませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot saved in %1.</source>
        <translation>スナップショットを %1 に保存しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot %1 cannot be restored; the lab was not changed:</source>
        <translation>スナップショット %1 は復元できません。ラボは変更されていません:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The lab in %1 cannot be opened; nothing was changed:</source>
        <translation>%1 のラボは開けません。何も変更されていません:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened the lab in %1.</source>
        <translation>%1 のラボを開きました。</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../views/monitoring/monitoringpage.cpp" line="+254"/>
        <source>%1 has no phones or no users with a device profile to log in.</source>
        <translation>%1 には、ログインに使う電話機、またはデバイス プロファイルを持つユーザがありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Burst on %1: %2 of %3 answered — %4 refused with 26 (throttled), %5 logged in, %6 refused otherwise.</source>
        <translation>%1 へのバースト: %3 件中 %2 件に応答 — %4 件がエラー 26 で拒否 (スロットル)、%5 件がログイン、%6 件がその他の理由で拒否。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Burst of Logins</source>
        <translation>ログインのバースト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins to send at once to %1 (Maximum Concurrent Requests is %2):</source>
        <translation>%1 に同時に送るログインの数 (同時要求の最大数は %2):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monitoring: %1</source>
        <translation>モニタリング: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility and ILS counters of the cluster chosen in the selector, on lab time (seconds). Requests beyond Maximum Concurrent Requests are refused with error 26 and counted in Requests Throttled: Burst… sends many logins at once to show it.</source>
        <translation>セレクタで選んだクラスタの Cisco Extension Mobility と ILS のカウンタをラボ時間 (秒) で表示します。同時要求の最大数を超えた要求はエラー 26 で拒否され、Requests Throttled に数えられます。バースト… で多数のログインを同時に送ると確認できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Burst...</source>
        <translation>バースト(&amp;B)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends many Extension Mobility logins at once from this cluster&apos;s phones</source>
        <translation>このクラスタの電話機から多数の Extension Mobility ログインを同時に送ります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login and logout requests</source>
        <translation>ログインとログアウトの要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins and logouts</source>
        <translation>ログインとログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>ILS updates pending</source>
        <translation>保留中の ILS 更新</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Requests In Progress</source>
        <translation>Requests In Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests</source>
        <translation>同時要求の最大数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests Throttled</source>
        <translation>Requests Throttled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successful logins</source>
        <translation>成功したログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins</source>
        <translation>失敗したログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successful logouts</source>
        <translation>成功したログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logouts</source>
        <translation>失敗したログアウト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab time (s)</source>
        <translation>ラボ時間 (秒)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="-743"/>
        <source>Lab Overview</source>
        <translation>ラボの概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Topology and Phones</source>
        <translation>ILS トポロジと電話機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting Lab</source>
        <translation>トラブルシューティング ラボ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roaming Readiness</source>
        <translation>ローミング準備状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Unified CM Administration</source>
        <translation>Cisco Unified CM の管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Parameters</source>
        <translation>サービス パラメータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Parameters</source>
        <translation>エンタープライズ パラメータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Features</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Configuration</source>
        <translation>ILS 設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Settings</source>
        <translation>デバイスの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Services</source>
        <translation>電話サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Management</source>
        <translation>ユーザ管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application User</source>
        <translation>アプリケーション ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End User</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Settings</source>
        <translation>ユーザ設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Control Group</source>
        <translation>アクセス コントロールグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential Policy Default</source>
        <translation>クレデンシャル ポリシーのデフォルト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk Administration</source>
        <translation>一括管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import/Export</source>
        <translation>インポート/エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Unified Serviceability</source>
        <translation>Cisco Unified Serviceability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Activation</source>
        <translation>サービス アクティベーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control Center - Feature Services</source>
        <translation>コントロールセンター - 機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control Center - Network Services</source>
        <translation>コントロールセンターのネットワークサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Unified Reporting</source>
        <translation>Cisco Unified Reporting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Reports</source>
        <translation>System Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified CM Phone Feature List</source>
        <translation>Unified CM 電話機能一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overview/overviewpage.ui" line="+9"/>
        <source>Lab Overview</source>
        <translation>ラボの概要</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clusters and servers</source>
        <translation>クラスタとサーバー</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Extension Mobility logins</source>
        <translation>Extension Mobility のログイン</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overview/overviewpage.cpp" line="+81"/>
        <source>%n cluster(s) in the lab, %1 up; %2.</source>
        <translation>
            <numerusform>ラボ内のクラスタ: %n (稼働中: %1)。%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) logged in with Extension Mobility</source>
        <translation>
            <numerusform>Extension Mobility でログイン中のユーザ %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <location filename="../views/common/pagehelp.cpp" line="+17"/>
        <source>Lab Overview</source>
        <translation>ラボの概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cluster of the lab, whether it is up, and who is logged in with Extension Mobility where (home or roaming).</source>
        <translation>ラボのすべてのクラスタ、その稼働状態、そして誰がどこに Extension Mobility でログインしているか (ホームまたはローミング) を示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a step of the task flow: check here the result of the steps on every cluster.</source>
        <translation>タスク フローの手順ではありません。各手順の結果をすべてのクラスタについてここで確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ILS network drawn as a map: hubs, spokes, their links and the updates travelling between them on the lab clock.</source>
        <translation>ILS ネットワークを地図として表示します。ハブ、スポーク、その間のリンク、ラボ クロックに沿って流れる更新を示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite of Step 3: roaming users are found through the ILS network, so every cluster must take part in it.</source>
        <translation>Step 3 の前提条件: ローミング ユーザは ILS ネットワークを通じて検索されるため、すべてのクラスタが参加している必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones of the lab side by side: log in and out with Extension Mobility as a user would, and dial a directory number.</source>
        <translation>ラボの電話機を並べて表示します。ユーザと同じように Extension Mobility でログイン・ログアウトし、電話番号をダイヤルできます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 3: a user logs in on a phone of a remote cluster with the same user ID and PIN.</source>
        <translation>Step 3 の後: ユーザが同じユーザー ID と PIN でリモート クラスタの電話機にログインします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS Topology and Phones</source>
        <translation>ILS トポロジと電話機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ILS map and the phones side by side, for a class: log a user in on a phone and watch the update cross the map.</source>
        <translation>ILS のマップと電話機を並べて表示します (授業向け)。電話機でユーザをログインさせ、更新がマップ上を伝わる様子を確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 3: a roaming login, and the ILS update that tells the other clusters where the user is.</source>
        <translation>ステップ 3 の後: ローミング ログインと、ユーザの居場所を他のクラスタに伝える ILS 更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RTMT counters of Cisco Extension Mobility and ILS of one cluster over lab time: requests in progress and throttled, logins and logouts, ILS updates pending.</source>
        <translation>1 つのクラスタの Cisco Extension Mobility と ILS の RTMT カウンタをラボ時間で表示します: 処理中とスロットルされた要求、ログインとログアウト、保留中の ILS 更新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting: error 26 (Busy) appears when more requests arrive than Maximum Concurrent Requests allows.</source>
        <translation>トラブルシューティング: 同時要求の最大数を超える要求が届くとエラー 26 (ビジー) になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Troubleshooting Lab</source>
        <translation>トラブルシューティング ラボ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry of the guide&apos;s troubleshooting list on demand: Set Up causes it on a cluster and the phone shows the symptom, Fix applies the resolution, Reset Cluster puts the cluster back.</source>
        <translation>トラブルシューティングの各項目をその場で再現します。[セットアップ] でクラスタに原因を作ると電話機に症状が表示され、[修正] で解決法を適用し、[クラスタのリセット] でクラスタを元に戻します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting Intercluster Extension Mobility Roaming: the EMApp and EMService error codes and what to do about them.</source>
        <translation>クラスタ間の Extension Mobility ローミングのトラブルシューティング：EMApp と EMService のエラー コードと、その対処法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unified CM Phone Feature List</source>
        <translation>Unified CM 電話機能一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report of the phone models and protocols that support a feature.</source>
        <translation>機能をサポートする電話機モデルとプロトコルのレポートです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: Generate a Phone Feature List, to find the phones that support Extension Mobility.</source>
        <translation>Step 1: 電話機能一覧を生成し、Extension Mobility をサポートする電話機を特定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Activation</source>
        <translation>サービス アクティベーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates and deactivates the feature services of each server of the cluster.</source>
        <translation>クラスタの各サーバーの機能サービスを有効化・無効化します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Activate the Extension Mobility service: Cisco CallManager, Cisco Tftp and Cisco Extension Mobility, and Cisco Intercluster Lookup Service on the publisher.</source>
        <translation>Step 2「Extension Mobility サービスの有効化」: Cisco CallManager、Cisco Tftp、Cisco Extension Mobility、およびパブリッシャ上の Cisco Intercluster Lookup Service を有効化します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control Center - Feature Services</source>
        <translation>コントロールセンター - 機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows whether each feature service runs on a server, and starts, stops or restarts it.</source>
        <translation>各機能サービスがサーバーで稼働中かどうかを示し、開始・停止・再起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 2: check that the services you activated are started.</source>
        <translation>Step 2 の後: 有効化したサービスが稼働中であることを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control Center - Network Services</source>
        <translation>コントロールセンターのネットワークサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows whether each network service (Cisco Tomcat, Cisco Extension Mobility Application…) runs on a server.</source>
        <translation>各ネットワーク サービス (Cisco Tomcat、Cisco Extension Mobility Application など) がサーバーで稼働中かどうかを示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 2: phones reach Extension Mobility through these services.</source>
        <translation>Step 2 の後: 電話機はこれらのサービスを通じて Extension Mobility に接続します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone Services</source>
        <translation>電話サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IP phone services of the cluster, with the URL each one opens.</source>
        <translation>クラスタの IP 電話サービスと、それぞれが開く URL です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Configure the Cisco Extension Mobility phone service: a service whose URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#.</source>
        <translation>Step 2「Cisco Extension Mobility 電話サービスの設定」: URL が http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME# のサービスを作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User device profiles: the lines, services and settings a user carries to any phone.</source>
        <translation>ユーザ デバイス プロファイル: ユーザがどの電話機にも持ち運べる回線、サービス、設定です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Create an Extension Mobility device profile for users: Add New, the model and protocol, a directory number, Save, Reset; then subscribe the profile to the Extension Mobility service.</source>
        <translation>Step 2「ユーザの Extension Mobility デバイスプロファイルの作成」: 新規追加、モデルとプロトコル、電話番号、保存、リセットの順に行い、プロファイルを Extension Mobility サービスに登録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End User</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users of the cluster: their PIN, primary extension, controlled profiles and groups.</source>
        <translation>クラスタのユーザ: PIN、プライマリ内線、制御するプロファイル、グループです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Associate a device profile to a user: move the profile to Controlled Profiles, and check Home Cluster on the user&apos;s home cluster only.</source>
        <translation>Step 2「ユーザへのデバイスプロファイルの関連付け」: プロファイルを [制御するプロファイル] に移動し、[ホーム クラスタ] はユーザのホーム クラスタでのみオンにします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phones of the cluster, whether they are registered and who is logged in on them.</source>
        <translation>クラスタの電話機、その登録状態、ログインしているユーザです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Subscribe to Extension Mobility: check Enable Extension Mobility on the phone and subscribe it to the Extension Mobility service.</source>
        <translation>Step 2「Extension Mobility への登録」: 電話機で [Extension Mobility の有効化] をオンにし、Extension Mobility サービスに登録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access Control Group</source>
        <translation>アクセス コントロールグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups that give users and application users their rights; the standard groups cannot be renamed or deleted.</source>
        <translation>ユーザとアプリケーション ユーザに権限を与えるグループです。標準グループは名前の変更も削除もできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3, Configure roaming for Extension Mobility users: add the users to Standard EM Roaming Across Clusters Super Users.</source>
        <translation>Step 3「Extension Mobility ユーザのローミングの設定」: ユーザをクラスタ間標準 EM ローミング スーパーユーザーに追加します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application User</source>
        <translation>アプリケーション ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts of applications, such as a client of the Extension Mobility API (group Standard EM Authentication Proxy Rights).</source>
        <translation>アプリケーションのアカウントです (例: Extension Mobility API のクライアント、Standard EM Authentication Proxy Rights グループ)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a step of the task flow: needed only to log users in and out through the EM API.</source>
        <translation>タスク フローの手順ではありません。EM API でユーザをログイン・ログアウトさせる場合にのみ必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Parameters</source>
        <translation>サービス パラメータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters of a service on a server, with their defaults and ranges: for Cisco Extension Mobility, login times, Multiple Login Behavior, IP address validation.</source>
        <translation>サーバー上のサービスのパラメータと、そのデフォルト値・範囲です。Cisco Extension Mobility ではログイン時間、複数のログイン動作、IP アドレスの検証などです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional after Step 2: adjust how Extension Mobility behaves.</source>
        <translation>Step 2 の後 (任意): Extension Mobility の動作を調整します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise Parameters</source>
        <translation>エンタープライズ パラメータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster-wide parameters, such as the Cluster ID.</source>
        <translation>クラスタ ID などのクラスタ全体のパラメータです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite of Step 3: each cluster of the ILS network needs its own Cluster ID.</source>
        <translation>Step 3 の前提条件: ILS ネットワークの各クラスタには固有のクラスタ ID が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS Configuration</source>
        <translation>ILS 設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster&apos;s role in the ILS network (hub or spoke), its hub, and the state of its links.</source>
        <translation>ILS ネットワークにおけるクラスタの役割 (ハブまたはスポーク)、そのハブ、リンクの状態です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite of Step 3: the clusters must form one ILS network for users to roam.</source>
        <translation>Step 3 の前提条件: ユーザがローミングするには、クラスタが 1 つの ILS ネットワークを構成している必要があります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Intercluster Extension Mobility Roaming</source>
        <translation>クラスタ間の Extension Mobility ローミング</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What this page is for:</source>
        <translation>このページの目的:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the task flow:</source>
        <translation>タスク フローでの位置:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task flow of Intercluster Extension Mobility Roaming:</source>
        <translation>クラスタ間の Extension Mobility ローミングのタスク フロー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a Phone Feature List.</source>
        <translation>電話機能一覧の生成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure Extension Mobility: activate the services, configure the phone service, create the device profile, associate it to the user, subscribe.</source>
        <translation>Extension Mobility の設定: サービスの有効化、電話サービスの設定、デバイス プロファイルの作成、ユーザへの関連付け、登録。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure roaming for Extension Mobility users.</source>
        <translation>Extension Mobility ユーザのローミングの設定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it on the home cluster and on every remote cluster.</source>
        <translation>ホーム クラスタとすべてのリモート クラスタの両方で実行します。</translation>
    </message>
</context>
<context>
    <name>ParameterCatalog</name>
    <message>
        <location filename="../models/catalog/parametercatalog.cpp" line="+15"/>
        <source>True logs users out automatically after the Intra-cluster Maximum Login Time.</source>
        <translation>True にすると、クラスタ内最大ログイン時間の経過後にユーザを自動的にログアウトします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest local login before automatic logout, as HHH:MM from 0:00 to 168:00 (for example 8:00 or :30).</source>
        <translation>自動ログアウトまでの最長ログイン時間。HHH:MM 形式で 0:00 ～ 168:00 (例: 8:00、:30)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest login of a user from another cluster (EMCC) before automatic logout, as HHH:MM from 0:00 to 168:00.</source>
        <translation>他のクラスタのユーザ (EMCC) が自動ログアウトされるまでの最長ログイン時間。HHH:MM 形式で 0:00 から 168:00 まで。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most login and logout requests processed at once; more are refused with error 26 and counted in Requests Throttled.</source>
        <translation>同時に処理するログイン/ログアウト要求の最大数。超えた要求はエラー 26 で拒否され、Requests Throttled に計上されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens when a user already logged in on one phone logs in on another phone of this cluster.</source>
        <translation>ある電話機にログイン中のユーザが、このクラスタの別の電話機にログインしたときの動作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True allows letters in user IDs; False allows digits only.</source>
        <translation>True ではユーザー ID に英字を使用でき、False では数字だけになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True fills in the last user&apos;s ID on the login screen.</source>
        <translation>True にすると、ログイン画面に最後のユーザのユーザー ID を入力しておきます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True clears call logs on manual login and logout.</source>
        <translation>True にすると、手動のログインとログアウトで通話履歴を消去します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Addresses or host names separated by semicolons, at most 1024 characters.</source>
        <translation>セミコロンで区切ったアドレスまたはホスト名 (1024 文字以内)。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Whether users sign in and out of Extension Mobility by connecting their Cisco headset to a phone.</source>
        <translation>ユーザが Cisco ヘッドセットを電話機に接続して Extension Mobility にサインイン・サインアウトできるかどうか。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes after the headset is disconnected before the user is signed out (0: at once).</source>
        <translation>ヘッドセットを外してからユーザがサインアウトされるまでの分数 (0: 直ちに)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a headset-based sign in asks for the PIN.</source>
        <translation>ヘッドセットによるサインインで PIN を求めるかどうか。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds after the headset is connected before the sign in starts.</source>
        <translation>ヘッドセットを接続してからサインインが始まるまでの秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True checks the source address of each login and logout request, over EMApp and the EM API: trusted are the Trusted List of IPs and the cluster&apos;s servers; others get error 28 (Untrusted IP Error).</source>
        <translation>True の場合、EMApp と EM API のログイン・ログアウト要求ごとに送信元アドレスを確認します。信頼されるのは信頼できる IP のリストとクラスタのサーバーで、それ以外はエラー 28 (信頼されていない IP エラー) になります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While Validate IP Address is True, False refuses login and logout requests that came through a proxy (a Via header): error 30 (Proxy not allowed).</source>
        <translation>IP アドレスの検証が True のとき、False にするとプロキシ経由 (Via ヘッダー) のログイン・ログアウト要求を拒否します: エラー 30 (プロキシは許可されていません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False refuses Extension Mobility Cross Cluster requests that came through a proxy.</source>
        <translation>False の場合、プロキシ経由のクラスタ間の Extension Mobility (EMCC) 要求を拒否します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the device cache used when Validate IP Address is True.</source>
        <translation>Validate IP Address が True のときに使うデバイス キャッシュのサイズ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most learned objects this cluster writes to its database.</source>
        <translation>このクラスタがデータベースに書き込む学習済みオブジェクトの最大数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the cluster; must be unique in the ILS network.</source>
        <translation>クラスタを識別します。ILS ネットワーク内で一意にする必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True keeps the phone&apos;s services in its autogenerated logout profile.</source>
        <translation>True にすると、自動生成されたログアウト プロファイルに電話機のサービスを残します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enforce Intra-cluster Maximum Login Time</source>
        <translation>クラスタ内の最大ログイン時間の適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-cluster Maximum Login Time</source>
        <translation>クラスタ内の最大ログイン時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-cluster Maximum Login Time</source>
        <translation>クラスタ間の最大ログイン時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests</source>
        <translation>同時要求の最大数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headset-based Extension Mobility</source>
        <translation>ヘッドセットベースの Extension Mobility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto logout timer after headset disconnect (minutes)</source>
        <translation>ヘッドセット切断後の自動ログアウト タイマー (分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN entry for headset-based sign in</source>
        <translation>ヘッドセットベースのサインインの PIN 入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto login timer after headset connect (seconds)</source>
        <translation>ヘッドセット接続後の自動ログイン タイマー (秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMCC Allow Proxy</source>
        <translation>EMCC プロキシの許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Login Behavior</source>
        <translation>複数のログイン動作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alphanumeric User ID</source>
        <translation>英数字のユーザー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the Last User Logged In</source>
        <translation>最後にログインしたユーザーを記憶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Call Logs on Intra-Cluster EM</source>
        <translation>クラスタ内 EM で通話履歴をクリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate IP Address</source>
        <translation>IP アドレスの検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted List of IPs</source>
        <translation>信頼できる IP のリスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow Proxy</source>
        <translation>プロキシを許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension Mobility Cache Size</source>
        <translation>Extension Mobility キャッシュ サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Max Number of Learned Objects in Database</source>
        <translation>データベース内の ILS 学習オブジェクトの最大数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster ID</source>
        <translation>クラスタ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronization Between Auto Device Profile and Phone Configuration</source>
        <translation>自動デバイス プロファイルと電話の設定間の同期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Multiple Logins Allowed</source>
        <translation>複数のログインを許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Logins Not Allowed</source>
        <translation>複数のログインを許可しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto Logout</source>
        <translation>自動ログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow headset for Extension Mobility sign in and sign out</source>
        <translation>Extension Mobility のサインインとサインアウトにヘッドセットを許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not allow headset for Extension Mobility sign in and sign out</source>
        <translation>Extension Mobility のサインインとサインアウトにヘッドセットを許可しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN required</source>
        <translation>PIN が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN not required</source>
        <translation>PIN は不要</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 must be True or False.</source>
        <translation>%1 は True または False にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 は %2 ～ %3 の整数にしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 は次のいずれかにしてください: %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a time as HHH:MM from 0:00 to 168:00.</source>
        <translation>%1 は 0:00 ～ 168:00 の HHH:MM 形式の時間にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be at most %2 characters.</source>
        <translation>%1 は %2 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster ID may contain only letters, digits, dots, hyphens and underscores.</source>
        <translation>クラスタ ID には英字、数字、ピリオド、ハイフン、アンダースコアだけを使用できます。</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <location filename="../views/admin/parameterspage.ui" line="+18"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../views/admin/parameterspage.cpp" line="+196"/>
        <source>Set to Default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select Server and Service</source>
        <translation>サーバーとサービスの選択</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server*:</source>
        <translation>サーバー*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service*:</source>
        <translation>サービス*:</translation>
    </message>
    <message>
        <location filename="../views/admin/parameterspage.cpp" line="+0"/>
        <source>Set every parameter on this page to its default value? Save to apply.</source>
        <translation>このページのすべてのパラメータをデフォルト値に設定しますか? 適用するには保存してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service Parameter Configuration</source>
        <translation>サービス パラメータ設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enterprise Parameters Configuration</source>
        <translation>エンタープライズ パラメータ設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters of %1</source>
        <translation>%1 のパラメータ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enterprise Parameters</source>
        <translation>エンタープライズ パラメータ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum: %1 Maximum: %2</source>
        <translation>最小: %1 最大: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From 0:00 to %1:00</source>
        <translation>0:00 ～ %1:00</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>%n 文字以内</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default: %1</source>
        <translation>デフォルト: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>PhoneAgent</name>
    <message>
        <location filename="../models/phone/phoneagent.cpp" line="+71"/>
        <source>Host Not Found</source>
        <extracomment>what a Cisco phone shows when the services URL&apos;s host does not answer</extracomment>
        <translation>ホストを検出できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Error (%1)</source>
        <translation>HTTP エラー (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML Error</source>
        <extracomment>what a Cisco phone shows for an answer that is not a CiscoIPPhone object it can display</extracomment>
        <translation>XML エラー</translation>
    </message>
</context>
<context>
    <name>PhoneEmulator</name>
    <message>
        <location filename="../views/phone/phoneemulator.cpp" line="+24"/>
        <source>Extension Mobility</source>
        <translation>Extension Mobility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Extension</source>
        <translation>プライマリ内線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Service User ID</source>
        <translation>セルフサービス ユーザ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter User ID and PIN</source>
        <translation>ユーザ ID と PIN を入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Primary Extension and PIN</source>
        <translation>プライマリ内線と PIN を入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Self-Service ID and PIN</source>
        <translation>セルフサービス ID と PIN を入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logout?</source>
        <translation>ログアウトしますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+278"/>
        <source>Directories</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+277"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Select a service</source>
        <translation>サービスを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No services configured</source>
        <translation>サービスが設定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Enter number</source>
        <translation>番号を入力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via %1</source>
        <translation>経路 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming call</source>
        <translation>着信</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ringing</source>
        <translation>呼び出し中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation>通話中</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Line %1</source>
        <translation>ライン %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soft key %1</source>
        <translation>ソフトキー %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soft key %1: %2</source>
        <translation>ソフトキー %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Select a device profile</source>
        <translation>デバイス プロファイルを選択してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+413"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+279"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+27"/>
        <source>End Call</source>
        <translation>通話終了</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Resetting…</source>
        <translation>リセット中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation>再起動中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered on %1</source>
        <translation>%1 に登録済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registering…</source>
        <translation>登録中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unregistered: %1 is down</source>
        <translation>未登録: %1 がダウンしています</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No user logged in</source>
        <translation>ログイン中のユーザなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User: %1</source>
        <translation>ユーザ: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Decline</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call</source>
        <translation>発信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redial</source>
        <translation>リダイヤル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Call</source>
        <translation>新規コール</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1: %2</source>
        <translation>ライン %1: %2</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Call failed: %1</source>
        <translation>発信に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>PhoneFeatureListPage</name>
    <message>
        <location filename="../views/admin/phonefeaturelistpage.ui" line="+18"/>
        <source>Generate New Report</source>
        <translation>レポートの新規生成</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Report Criteria</source>
        <translation>レポートの条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature:</source>
        <translation>機能:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../views/admin/phonefeaturelistpage.cpp" line="+51"/>
        <source>Unified CM Phone Feature List</source>
        <translation>Unified CM 電話機能一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Generate New Report, choose the Product and the feature, then Submit.</source>
        <translation>[レポートの新規生成] をクリックし、製品と機能を選んで [送信] をクリックしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %2 of %n model/protocol combination(s) support it.</source>
        <translation>
            <numerusform>%1: %n 通りのモデルとプロトコルの組み合わせのうち %2 通りがサポートしています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneFeatureTableModel</name>
    <message>
        <location filename="../models/items/phonefeaturetablemodel.cpp" line="+65"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not documented</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported</source>
        <translation>サポート</translation>
    </message>
</context>
<context>
    <name>PhoneServiceTableModel</name>
    <message>
        <location filename="../models/items/phoneservicetablemodel.cpp" line="+16"/>
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Description</source>
        <translation>サービスの説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service URL</source>
        <translation>サービス URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Subscription</source>
        <translation>エンタープライズ登録</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>PhoneServicesPage</name>
    <message>
        <location filename="../views/admin/phoneservicespage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to Clusters...</source>
        <translation>クラスタにコピー...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from Clusters...</source>
        <translation>クラスタから削除...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service Information</source>
        <translation>サービス情報</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service Name*:</source>
        <translation>サービス名*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ASCII Service Name*:</source>
        <translation>ASCII サービス名*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service Description:</source>
        <translation>サービスの説明:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service URL*:</source>
        <translation>サービス URL*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secure-Service URL:</source>
        <translation>セキュア サービス URL:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service Category*:</source>
        <translation>サービス カテゴリ*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service Type*:</source>
        <translation>サービス タイプ*:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise Subscription</source>
        <translation>エンタープライズ登録</translation>
    </message>
    <message>
        <location filename="../views/admin/phoneservicespage.cpp" line="+19"/>
        <source>Find and List IP Phone Services</source>
        <translation>IP Phone サービスの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find IP Phone Services where</source>
        <translation>IP Phone サービスの検索条件</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>IP Phone Services Configuration</source>
        <translation>IP Phone サービスの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML Service</source>
        <translation>XML サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Java MIDlet</source>
        <translation>Java MIDlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard IP Phone Service</source>
        <translation>標準 IP Phone サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisions the service to every phone and device profile; it can be set only now.</source>
        <translation>すべての電話機とデバイス プロファイルにサービスを提供します。設定できるのは今だけです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Subscription can be set only when the service is added.</source>
        <translation>エンタープライズ登録はサービスの追加時にのみ設定できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://&lt;IP Address&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#</source>
        <translation>http://&lt;IP アドレス&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#</translation>
    </message>
</context>
<context>
    <name>PhonesPage</name>
    <message>
        <location filename="../views/phone/phonespage.cpp" line="+285"/>
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phones</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick up to %1 phones in the phone list to use them side by side. Press Services to log in or out with Extension Mobility; dial a directory number on the keypad to place a call.</source>
        <translation>電話機リストで最大 %1 台の電話機にチェックを付けると並べて使えます。[サービス] を押すと Extension Mobility でログイン/ログアウトし、キーパッドで電話番号をダイヤルすると発信します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone List</source>
        <translation>電話機リスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of the lab&apos;s phones</source>
        <translation>ラボの電話機のリストを表示または非表示にします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+105"/>
        <source>EMRoam Console</source>
        <translation>EMRoam Console</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--listen needs an IP address, not %1.</source>
        <translation>--listen には IP アドレスを指定してください (%1 は指定できません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).</source>
        <translation>警告: %1 で待ち受けています。電話機と API クライアントはユーザ ID と PIN を平文 (HTTP) でネットワークに送信します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no page %1.</source>
        <translation>ページ %1 はありません。</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../views/readiness/readinesspage.cpp" line="+90"/>
        <source>Why it matters: %1</source>
        <translation>重要な理由: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the page that fixes this on %1</source>
        <translation>%1 でこれを修正するページを開きます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix...</source>
        <translation>修正...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy what is missing from %1 (a preview comes first)</source>
        <translation>不足しているものを %1 からコピーします (先にプレビューを表示)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ready: nothing found. Super users checked: %1; clusters: %2.</source>
        <translation>準備完了: 問題はありません。確認したスーパーユーザー: %1、クラスタ: %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found. Super users checked: %1; clusters: %2.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。確認したスーパーユーザー: %1、クラスタ: %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Roaming Readiness</source>
        <translation>ローミング準備状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What keeps a super user from roaming: for every member of Standard EM Roaming Across Clusters Super Users and every cluster, the user, the group and a device profile on each cluster, one home cluster, a uniform dial plan, the services and ILS, the Extension Mobility phone service and its subscriptions, and the Unified CM release. The same report: emroam --check.</source>
        <translation>スーパーユーザーのローミングを妨げるもの: クラスタ間標準 EM ローミング スーパーユーザーの各メンバーとすべてのクラスタについて、各クラスタのユーザ・グループ・デバイス プロファイル、ホーム クラスタが 1 つであること、均一のダイヤルプラン、サービスと ILS、Extension Mobility 電話サービスとその登録、Unified CM のリリースを確認します。同じレポート: emroam --check。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>Registrar</name>
    <message>
        <location filename="../models/mobility/registrar.cpp" line="+37"/>
        <source>%1 registered with %2.</source>
        <translation>%1 が %2 に登録されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unregistered: Cisco CallManager of %2 is not running.</source>
        <translation>%1 の登録が解除されました: %2 の Cisco CallManager が実行されていません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was reset and registered again with %2.</source>
        <translation>%1 をリセットし、%2 に再登録しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was reset and cannot register: Cisco CallManager of %2 is not running.</source>
        <translation>%1 をリセットしましたが登録できません: %2 の Cisco CallManager が実行されていません。</translation>
    </message>
</context>
<context>
    <name>RoamingReadiness</name>
    <message>
        <location filename="../models/provisioning/roamingreadiness.cpp" line="+21"/>
        <source>Device profiles and user information must be synchronized on every cluster.</source>
        <translation>デバイス プロファイルとユーザー情報は、すべてのクラスタで同期する必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Super user information must be shared on every cluster, whichever cluster the user logs in to.</source>
        <translation>スーパーユーザー情報は、ユーザーがログインしているクラスタに関係なく、すべてのクラスタで共有される必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate the device profile with the user so that the user can access their settings from another phone.</source>
        <translation>ユーザが別の電話機から設定にアクセスできるように、デバイス プロファイルをユーザに関連付けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The home cluster is the cluster where the user&apos;s settings, such as the user device profile and the dial plan, are stored.</source>
        <translation>ホーム クラスタとは、ユーザ デバイス プロファイル、ダイヤル プランなどのユーザ設定が保管されているクラスタです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A uniform dial plan is required across the ILS network.</source>
        <translation>ILS ネットワーク上で均一のダイヤルプランが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Cisco Extension Mobility service must be running.</source>
        <translation>Cisco Extension Mobility サービスが実行されている必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Intercluster Lookup Service must be running. To activate the ILS service, select the publisher node.</source>
        <translation>クラスタ間検索サービスが実行されている必要があります。ILS サービスをアクティブ化するには、パブリッシャ ノードを選択する必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ILS network must be configured, because ILS replicates user and login information between clusters.</source>
        <translation>ILS を使用してクラスタ間でユーザとログインの情報が複製されるので、ILS ネットワークが設定済みである必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format is http://&lt;IP Address&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#. The IP address is that of a Unified Communications Manager where Cisco Extension Mobility is activated and running.</source>
        <translation>形式は http://&lt;IP Address&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME# です。IP アドレスは、Cisco Extension Mobility が有効化され、実行している Unified Communications Manager の IP アドレスです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe IP phones and device profiles to the Extension Mobility service so that users can log in to Extension Mobility, use it and log out.</source>
        <translation>Extension Mobility サービスに IP 電話とデバイス プロファイルを登録して、ユーザが Extension Mobility にログインし、使用し、ログアウトできるようにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploying Intercluster Extension Mobility Roaming requires Cisco Unified Communications Manager Release 12.0(1)SU1 or later.</source>
        <translation>クラスタ間の Extension Mobility ローミングを展開するには、Cisco Unified Communications Manager リリース 12.0(1)SU1 以上を実行している必要があります。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The URL of phone service %1 does not name #DEVICENAME#: EMApp cannot tell which phone asks (error 207).</source>
        <translation>電話サービス %1 の URL に #DEVICENAME# がありません。EMApp はどの電話機からの要求か判断できません (エラー 207)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL of phone service %1 names no server of %2.</source>
        <translation>電話サービス %1 の URL は %2 のサーバーを指していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL of phone service %1 points to %2, where Cisco Extension Mobility Application is not running.</source>
        <translation>電話サービス %1 の URL は %2 を指していますが、そこでは Cisco Extension Mobility Application が実行されていません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 runs Unified CM %2: it takes no roaming logins.</source>
        <translation>%1 の Unified CM は %2 です。ローミング ログインを受け付けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cisco Extension Mobility is not running on any server of %1.</source>
        <translation>%1 のどのサーバーでも Cisco Extension Mobility が実行されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cisco Intercluster Lookup Service is not activated on the publisher %1.</source>
        <translation>パブリッシャ %1 で Cisco Intercluster Lookup Service がアクティブ化されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not take part in the ILS network.</source>
        <translation>%1 は ILS ネットワークに参加していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a spoke of %2, which is not a cluster of the lab.</source>
        <translation>%1 は %2 のスポークですが、%2 はラボのクラスタではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a spoke of %2, which is not a hub.</source>
        <translation>%1 は %2 のスポークですが、%2 はハブではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no phone service whose URL points to EMApp (/emapp/EMAppServlet).</source>
        <translation>%1 には URL が EMApp (/emapp/EMAppServlet) を指す電話サービスがありません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Phone %1 has Extension Mobility enabled but does not subscribe to %2.</source>
        <translation>電話 %1 は Extension Mobility が有効ですが、%2 に登録されていません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Home Cluster is checked for %1 on no cluster.</source>
        <translation>%1 のホーム クラスタがどのクラスタでもオンになっていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home Cluster is checked for %1 on %2 and also on %3: it must be checked on exactly one cluster.</source>
        <translation>%1 のホーム クラスタが %2 と %3 の両方でオンになっています。オンにするのは 1 つのクラスタだけです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an end user of %2.</source>
        <translation>%1 は %2 のエンドユーザではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a member of Standard EM Roaming Across Clusters Super Users on %2.</source>
        <translation>%1 は %2 でクラスタ間標準 EM ローミング スーパーユーザーのメンバーではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 controls no device profile on %2.</source>
        <translation>%1 は %2 でデバイス プロファイルを制御していません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Device profile %1 of %2 does not subscribe to %3.</source>
        <translation>%2 のデバイス プロファイル %1 は %3 に登録されていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Directory Number %1 of %2 is also the DN of %3 on %4.</source>
        <translation>%2 の電話番号 %1 は %4 の %3 の DN でもあります。</translation>
    </message>
</context>
<context>
    <name>ServiceActivationPage</name>
    <message>
        <location filename="../views/admin/serviceactivationpage.ui" line="+18"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check All Services</source>
        <translation>すべてのサービスをチェック</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select Server</source>
        <translation>サーバーの選択</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server*:</source>
        <translation>サーバー*:</translation>
    </message>
    <message>
        <location filename="../views/admin/serviceactivationpage.cpp" line="+118"/>
        <location line="+17"/>
        <source>Service Activation</source>
        <translation>サービス アクティベーション</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Service Activation will take a while to complete. Click OK to continue.</source>
        <translation>サービス アクティベーションの完了には時間がかかります。続行するには [OK] をクリックしてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activation Status</source>
        <translation>アクティベーション ステータス</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only on the publisher (%1)</source>
        <translation>パブリッシャ (%1) のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activated</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>非アクティブ</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <location filename="../models/catalog/servicecatalog.cpp" line="+6"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>CM Services</source>
        <translation>CM サービス</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Platform Services</source>
        <translation>プラットフォーム サービス</translation>
    </message>
</context>
<context>
    <name>ServiceStatusTableModel</name>
    <message>
        <location filename="../models/items/servicestatustablemodel.cpp" line="+86"/>
        <source>Server down</source>
        <translation>サーバー停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Running</source>
        <translation>実行されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <extracomment>Control Center&apos;s Status column: a state (稼働中 / 停止中), not the Start/Stop buttons</extracomment>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activated</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Group</source>
        <translation>サービス グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation Status</source>
        <translation>アクティベーション ステータス</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <location filename="../views/simulation/simulationpanel.cpp" line="+224"/>
        <location line="+63"/>
        <source>Done: %1</source>
        <translation>実行済み: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>waits</source>
        <extracomment>a simulation entry with no time: it happens once a cluster can receive again</extracomment>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 s</source>
        <extracomment>lab time until it happens, e.g. &quot;in 0.2 s&quot;</extracomment>
        <translation>%1 秒後</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred logout: %1 logs %2 out when the ILS update from %3 arrives</source>
        <translation>遅延ログアウト: %3 からの ILS 更新が届くと、%1 が %2 をログアウトさせます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred logout: %1 logs %2 out once the newer login reaches it through ILS</source>
        <translation>遅延ログアウト: より新しいログインが ILS で届くと、%1 が %2 をログアウトさせます</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ILS update(s) from %1 to %2 wait until both take part in ILS</source>
        <translation>
            <numerusform>%1 から %2 への %n 件の ILS 更新が、両方が ILS に参加するまで待機しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ILS update(s) from %1 reach %2</source>
        <translation>
            <numerusform>%1 からの %n 件の ILS 更新が %2 に届きます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS: %1 advertises its configuration changes</source>
        <translation>ILS: %1 が設定の変更をアドバタイズします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extension Mobility on %1 answers the request from %2</source>
        <translation>%1 の Extension Mobility が %2 からの要求に応答します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension Mobility on %1 answers %2&apos;s request from %3</source>
        <translation>%1 の Extension Mobility が %3 からの %2 の要求に応答します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intra-cluster Maximum Login Time: %1 is logged out of %2 (%3)</source>
        <translation>クラスタ内最大ログイン時間: %1 が %2 からログアウトされます (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exclusiveDuration ends: %1 is logged out of %2 (%3)</source>
        <translation>exclusiveDuration の終了: %1 が %2 からログアウトされます (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stops ringing: nobody answered</source>
        <translation>%1 の呼び出しが止まります: 応答なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 finishes restarting</source>
        <translation>%1 の再起動が完了します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another lab task</source>
        <translation>その他のラボのタスク</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: the lab clock is paused. What happens next, in order; select an entry to see it on the map, Step to make it happen.</source>
        <translation>シミュレーション: ラボの時計は一時停止中です。次に起こることを順に示します。項目を選ぶとマップに表示され、[ステップ] で実行されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>いつ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>起こること</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Clock</source>
        <translation>時計を再開</translation>
    </message>
</context>
<context>
    <name>StoryScript</name>
    <message>
        <location filename="../models/script/storystepper.cpp" line="+31"/>
        <source>The roaming story: Bob roams when his home cluster goes down</source>
        <translation>ローミングのストーリー: ホーム クラスタがダウンすると Bob はローミングする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kally dials Bob: Cluster3 routes the call to Cluster1, where Bob is logged in.</source>
        <translation>Kally が Bob をダイヤルします。Cluster3 は、Bob がログインしている Cluster1 にコールをルーティングします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call goes from the spoke Cluster3 to Bob&apos;s home cluster Cluster1; Bob&apos;s phone rings.</source>
        <translation>コールはスポークの Cluster3 から Bob のホーム クラスタ Cluster1 へ進み、Bob の電話機が鳴ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob answers; after a short talk, Kally hangs up.</source>
        <translation>Bob が応答し、少し話した後で Kally が電話を切ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has moved yet: Bob is at home on Cluster1.</source>
        <translation>まだ何も移動していません。Bob はホームの Cluster1 にいます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob&apos;s home cluster goes down: his phone unregisters, calls to him fail.</source>
        <translation>Bob のホーム クラスタがダウンします。Bob の電話機は登録解除され、Bob へのコールは失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 turns grey and Bob&apos;s phone loses its registration.</source>
        <translation>Cluster1 が灰色になり、Bob の電話機は登録を失います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kally calls Bob again: the call fails.</source>
        <translation>Kally がもう一度 Bob に発信しますが、コールは失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster3 still routes Bob&apos;s number to Cluster1, which is down.</source>
        <translation>Cluster3 は Bob の番号を、ダウンしている Cluster1 にまだルーティングしています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob, a roaming super user, logs in with Extension Mobility on a phone of Cluster2.</source>
        <translation>ローミング スーパーユーザーの Bob が、Cluster2 の電話機に Extension Mobility でログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone restarts with Bob&apos;s device profile: it now shows his line 1000001.</source>
        <translation>電話機が Bob のデバイス プロファイルで再起動し、Bob の回線 1000001 が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS publishes the new location; once it has settled, Kally&apos;s call rings on Cluster2.</source>
        <translation>ILS が新しい場所を公開します。反映が完了すると、Kally のコールは Cluster2 で鳴ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call now goes from Cluster3 to Cluster2, where Bob roams.</source>
        <translation>今度のコールは Cluster3 から、Bob がローミングしている Cluster2 へ進みます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 comes back, learns Bob&apos;s newer login and logs him out there.</source>
        <translation>Cluster1 が復旧し、Bob がその後ログインしたことを学習して、Cluster1 から Bob をログアウトします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob is logged in on one cluster only: Cluster2. His home phone is free again.</source>
        <translation>Bob がログインしているのは Cluster2 の 1 クラスタだけです。ホームの電話機は再び空きになります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dave on Cluster4, a spoke of Cluster1, calls Bob: the call reaches him on Cluster2.</source>
        <translation>Cluster1 のスポークである Cluster4 の Dave が Bob に発信すると、コールは Cluster2 の Bob に届きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster4 learned Bob&apos;s new location through its hub once Cluster1 was back.</source>
        <translation>Cluster1 が復旧した後、Cluster4 はハブ経由で Bob の新しい場所を学習しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub-down limit: a spoke learns nothing while its hub is down</source>
        <translation>ハブ ダウンの制限事項: ハブがダウンしている間、スポークは何も学習しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 goes down. It is the hub of Cluster4.</source>
        <translation>Cluster1 がダウンします。Cluster1 は Cluster4 のハブです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster4 itself is up, but its only ILS link goes through Cluster1.</source>
        <translation>Cluster4 自体は稼働していますが、唯一の ILS リンクは Cluster1 を経由します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob logs in with Extension Mobility on a phone of Cluster2.</source>
        <translation>Bob が Cluster2 の電話機に Extension Mobility でログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone restarts with Bob&apos;s device profile and his line 1000001.</source>
        <translation>電話機が Bob のデバイス プロファイルと回線 1000001 で再起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS carries Bob&apos;s new location to every cluster it can reach.</source>
        <translation>ILS が Bob の新しい場所を、届くすべてのクラスタに伝えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster3 learns it; Cluster4 still believes Bob is on Cluster1, because its hub is down.</source>
        <translation>Cluster3 はそれを学習しますが、Cluster4 はハブがダウンしているため、Bob はまだ Cluster1 にいると考えています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dave on Cluster4 calls Bob: the call fails.</source>
        <translation>Cluster4 の Dave が Bob に発信しますが、コールは失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster4 routes the call to where it last heard Bob was: Cluster1, which is down.</source>
        <translation>Cluster4 は、Bob がいると最後に聞いた場所、つまりダウンしている Cluster1 にコールをルーティングします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 comes back and ILS catches up.</source>
        <translation>Cluster1 が復旧し、ILS が遅れを取り戻します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once its hub is back, Cluster4 learns Bob&apos;s new location.</source>
        <translation>ハブが復旧すると、Cluster4 は Bob の新しい場所を学習します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dave calls Bob again: the call reaches him on Cluster2.</source>
        <translation>Dave がもう一度 Bob に発信すると、コールは Cluster2 の Bob に届きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call goes from Cluster4 to Cluster2.</source>
        <translation>コールは Cluster4 から Cluster2 へ進みます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Login Behavior: Multiple Logins Not Allowed against Auto Logout</source>
        <translation>複数のログイン動作: 複数のログインを許可しない と 自動ログアウト の違い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob is logged in on his phone of Cluster1. Multiple Login Behavior is Multiple Logins Not Allowed.</source>
        <translation>Bob は Cluster1 の自分の電話機にログインしています。[複数のログイン動作] は [複数のログインを許可しない] です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the parameter&apos;s default value.</source>
        <translation>これはこのパラメータのデフォルト値です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob logs in on a second phone of Cluster1: the login is refused.</source>
        <translation>Bob が Cluster1 の 2 台目の電話機にログインしますが、ログインは拒否されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone shows error 25: Bob stays logged in on his first phone only.</source>
        <translation>電話機にはエラー 25 が表示され、Bob は 1 台目の電話機にだけログインしたままです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator sets Multiple Login Behavior to Auto Logout.</source>
        <translation>管理者が [複数のログイン動作] を [自動ログアウト] に設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility&apos;s service parameter, on Cluster1.</source>
        <translation>Cluster1 の Cisco Extension Mobility のサービス パラメータです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob logs in on the second phone again: it works, and his first phone logs him out.</source>
        <translation>Bob がもう一度 2 台目の電話機にログインすると成功し、1 台目の電話機からはログアウトされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With Auto Logout the newer login wins: the first phone is free again.</source>
        <translation>自動ログアウトでは新しいログインが優先され、1 台目の電話機は再び空きになります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob roams to a phone of Cluster4: Cluster1 logs him out once ILS tells it.</source>
        <translation>Bob が Cluster4 の電話機にローミングすると、ILS から通知を受けた Cluster1 が Bob をログアウトします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across clusters a super user is never logged in twice, whatever Multiple Login Behavior says.</source>
        <translation>[複数のログイン動作] の設定にかかわらず、スーパーユーザーが複数のクラスタに同時にログインすることはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttling under a burst: error 26 Busy Please Try Again</source>
        <translation>集中した要求のスロットリング: エラー 26 ビジー。再実行してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster2 gets two more phones with Extension Mobility, ready for a burst of logins.</source>
        <translation>ログインの集中に備えて、Cluster2 に Extension Mobility を使える電話機を 2 台追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four phones of Cluster2 can now log in and out.</source>
        <translation>これで Cluster2 の 4 台の電話機がログインとログアウトを行えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster2 handles at most two login or logout requests at a time.</source>
        <translation>Cluster2 が同時に処理するログイン/ログアウト要求は最大 2 件です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests is a Cisco Extension Mobility service parameter.</source>
        <translation>[同時要求の最大数] は Cisco Extension Mobility のサービス パラメータです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A burst: four phones of Cluster2 send their requests at the same moment.</source>
        <translation>要求の集中: Cluster2 の 4 台の電話機が同時に要求を送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests In Progress reaches the limit of two; the requests beyond it are refused at once.</source>
        <translation>Requests In Progress が上限の 2 に達し、それを超えた要求はすぐに拒否されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two requests succeed; the two others get error 26 Busy Please Try Again.</source>
        <translation>2 件の要求は成功し、残りの 2 件には「エラー 26 ビジー。再実行してください」が返されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests Throttled counts the two refused requests.</source>
        <translation>Requests Throttled は拒否された 2 件の要求を数えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resolution: fewer requests at a time. The two refused phones try again, one after the other.</source>
        <translation>解決法: 同時要求の数を小さくします。拒否された 2 台の電話機が 1 台ずつ再実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread out, the same requests all succeed.</source>
        <translation>時間をずらせば、同じ要求がすべて成功します。</translation>
    </message>
</context>
<context>
    <name>SubscribeServicesDialog</name>
    <message>
        <location filename="../views/admin/subscribeservicesdialog.ui" line="+6"/>
        <source>Subscribe/Unsubscribe Services</source>
        <translation>サービスの登録/登録解除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a Service:</source>
        <translation>サービスを選択:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service Name:</source>
        <translation>サービス名:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subscribe</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Subscribed Services</source>
        <translation>登録済みのサービス</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsubscribe</source>
        <translation>登録解除</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/admin/subscribeservicesdialog.cpp" line="+100"/>
        <source>Subscribed IP phone services of %1</source>
        <translation>%1 の登録済み IP Phone サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update successful</source>
        <translation>更新に成功しました</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../views/topology/topologypage.cpp" line="+175"/>
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export Map</source>
        <translation>マップのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図 (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map exported to %1.</source>
        <translation>マップを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Map...</source>
        <translation>マップのエクスポート...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every hop</source>
        <translation>すべてのホップを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While an ILS update travels, the lab clock slows down so that each hop stays on screen for at least 0.7 s; lab times are unchanged.</source>
        <translation>ILS 更新の伝送中はラボの時計が遅くなり、各ホップが 0.7 秒以上画面に表示されます。ラボ時刻は変わりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the lab clock and list what happens next; Step makes it happen.</source>
        <translation>ラボの時計を一時停止し、次に起こることを一覧します。[ステップ] で実行されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion: an ILS hop is on its way</source>
        <translation>スロー再生: ILS のホップが伝送中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double ring: hub, single: spoke. Green: up; light green: a node down; orange: out of ILS; grey: down. Blue dots: ILS updates (the clock slows so each hop shows 0.7 s; lab times unchanged). Arrows: calls (amber ringing, green connected, red failed).</source>
        <translation>二重の円: ハブ、一重: スポーク。緑: 稼働中、薄緑: ノードがダウン、橙: ILS に不参加、灰色: ダウン。青い点: ILS 更新 (各ホップが 0.7 秒表示されるよう時計が遅くなります。ラボ時刻は不変)。矢印: 通話 (橙 呼び出し中、緑 通話中、赤 失敗)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double ring: hub; single ring: spoke; red dotted ring: a spoke cut off because its hub is out of ILS. Green: up; light green: a node is down; orange: up but not taking part in ILS; grey: down. Blue dots are ILS updates on their way: with &quot;Show every hop&quot; the lab clock slows down while one travels, so each hop stays on screen at least 0.7 s (lab times in the event log do not change). Arrows are calls: amber ringing, green connected, red failed. Badges are users logged in there; a red dashed badge is a logout the cluster owes. Drag a cluster to move it, the background to pan, the wheel to zoom; right-click a cluster for its actions.</source>
        <translation>二重の円: ハブ、一重の円: スポーク、赤い点線の円: ハブが ILS に不参加のため孤立したスポーク。緑: 稼働中、薄緑: ノードがダウン、橙: 稼働中だが ILS に不参加、灰色: ダウン。青い点は伝送中の ILS 更新です。[すべてのホップを表示] がオンのときは伝送中にラボの時計が遅くなり、各ホップが 0.7 秒以上表示されます (イベント ログのラボ時刻は変わりません)。矢印は通話です: 橙は呼び出し中、緑は通話中、赤は失敗。バッジはそこにログイン中のユーザで、赤い破線のバッジはクラスタが未実行のログアウトです。クラスタはドラッグで移動、背景のドラッグでスクロール、ホイールで拡大縮小、右クリックで操作できます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected: %1 (%2).</source>
        <translation>選択中: %1 (%2)。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ILS update(s) pending in the network.</source>
        <translation>
            <numerusform>ネットワーク内で保留中の ILS 更新: %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../views/topology/topologyview.cpp" line="+333"/>
        <location line="+320"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Its hub %1 does not take part in ILS: no update reaches %2 or leaves it.</source>
        <translation>ハブ %1 が ILS に参加していないため、%2 には更新が届かず、%2 からも送られません。</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n ILS update(s) from %1 to %2</source>
        <translation>
            <numerusform>%1 から %2 への ILS 更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n waiting</source>
        <extracomment>a marker at the end of an ILS link: &quot;3 waiting&quot;</extracomment>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ILS update(s) from %1 to %2 wait until both take part in ILS</source>
        <translation>
            <numerusform>%1 から %2 への ILS 更新 %n 件は、両方が ILS に参加するまで待機します</numerusform>
        </translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 ringing</source>
        <extracomment>a call drawn on the map: the dialled number, then its state</extracomment>
        <translation>%1 呼び出し中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 connected</source>
        <translation>%1 通話中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended</source>
        <translation>%1 終了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown number</source>
        <translation>不明な番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster down</source>
        <translation>クラスタがダウン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale location</source>
        <extracomment>the calling cluster still believes the number is where it was (ILS has not told it yet)</extracomment>
        <translation>古い登録先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>話し中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no route</source>
        <translation>ルートなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <extracomment>a failed call drawn on the map: &quot;2000001 failed: stale location&quot;</extracomment>
        <translation>%1 失敗: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Administer %1</source>
        <translation>%1 を管理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take %1 Down</source>
        <translation>%1 をダウンさせる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring %1 Up</source>
        <translation>%1 を稼働させる</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>%1 is up.</source>
        <translation>%1 が稼働しました。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>%1 is down.</source>
        <translation>%1 がダウンしました。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop Node %1</source>
        <translation>ノード %1 を停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Node %1</source>
        <translation>ノード %1 を開始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop Cisco Intercluster Lookup Service</source>
        <translation>Cisco Intercluster Lookup Service を停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Cisco Intercluster Lookup Service</source>
        <translation>Cisco Intercluster Lookup Service を開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ILS stopped on %1.</source>
        <translation>%1 で ILS が停止しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ILS started on %1.</source>
        <translation>%1 で ILS が開始しました。</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+31"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>%1: %2; it logs %3 out once it learns the newer login elsewhere</source>
        <translation>%1: %2。他のクラスタでのより新しいログインを受信すると %3 をログアウトします</translation>
    </message>
</context>
<context>
    <name>TroubleshootingEntry</name>
    <message>
        <location filename="../models/troubleshooting/troubleshootingentry.cpp" line="+12"/>
        <source>Authentication Error</source>
        <translation>認証エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 201 Authentication Error” appears on the phone.</source>
        <translation>「エラー 201 認証エラー (Error 201 Authentication Error)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the correct user ID and PIN are entered. Also check with the system administrator that the user ID and PIN are correct.</source>
        <translation>正しいユーザ ID と PIN が入力されていることを確認する必要があります。また、ユーザ ID と PIN が正しいことをシステム管理者と一緒に確認する必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone opens Services › Extension Mobility and submits the user ID with a wrong PIN.</source>
        <translation>電話機で [サービス] › Extension Mobility を開き、ユーザ ID と誤った PIN を送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator checks the user ID and PIN (and unlocks the PIN if wrong tries locked it); the phone logs in with the right ones.</source>
        <translation>管理者がユーザ ID と PIN を確認し (誤入力でロックされていれば PIN のロックを解除し)、電話機から正しいユーザ ID と PIN でログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank User ID or PIN</source>
        <translation>ユーザ ID または PIN が空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 202 Blank User ID or PIN” appears on the phone.</source>
        <translation>「エラー 202 ユーザ ID または PIN が空です (Error 202 Blank User ID or PIN)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid user ID and PIN.</source>
        <translation>有効なユーザ ID と PIN を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone opens Services › Extension Mobility and submits the user ID with the PIN left blank.</source>
        <translation>電話機で [サービス] › Extension Mobility を開き、PIN を空のままユーザ ID を送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone logs in with a valid user ID and PIN.</source>
        <translation>電話機から有効なユーザ ID と PIN でログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy Please Try Again</source>
        <translation>ビジー。再実行してください (Busy Please Try Again)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 26 Busy Please Try Again” appears on the phone.</source>
        <translation>「エラー 26 ビジー。再実行してください (Error 26 Busy Please Try Again)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the number of concurrent login/logout requests is greater than the Maximum Concurrent requests service parameter. If it is, reduce the number of concurrent requests.

Note: To check the number of concurrent login/logout requests, use the Cisco Unified Real-Time Monitoring Tool to view the Requests In Progress counter in the Extension Mobility object.</source>
        <translation>同時ログイン/ログアウト要求の数が [同時要求の最大数 (Maximum Concurrent requests)] サービス パラメータより多いかどうかを確認します。大きい場合は同時要求の数を小さくします。

(注) 同時ログイン/ログアウト要求の数を確認するには、Cisco Unified Real-Time Monitoring Tool を使用して Extension Mobility オブジェクト内の Requests In Progress カウンタを表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum Concurrent Requests is lowered to 1; an EM API client sends logins from the cluster&apos;s other phone at the moment this phone submits its own.</source>
        <translation>[同時要求の最大数] を 1 に下げ、この電話機がログインを送信するのと同時に、EM API クライアントがクラスタのもう 1 台の電話機のログインを送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests goes back to 5 and the phone logs in with no other request in progress.</source>
        <translation>[同時要求の最大数] を 5 に戻し、ほかの要求が処理中でない状態で電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database Error</source>
        <translation>データベース エラー (Database Error)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 6 Database Error” appears on the phone.</source>
        <translation>「エラー 6 データベース エラー」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a large number of requests exists. If so, the Requests In Progress counter of the Extension Mobility object shows a high value. If requests were rejected because of a large number of concurrent requests, the Requests Throttled counter also shows a high value. Collect detailed database logs.</source>
        <translation>大量の要求が存在するかどうかを確認してください。大量の要求が存在する場合は、Extension Mobility オブジェクトカウンタの Requests In Progress カウンタに高い値が表示されます。大量の同時要求が原因で要求が拒否された場合は、Requests Throttled カウンタにも高い値が表示されません。詳細なデータベース ログを収集します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster&apos;s database fails every request (a trainer&apos;s fault); the phone tries to log in.</source>
        <translation>クラスタのデータベースがすべての要求に失敗する状態にし (トレーナーによる障害)、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database fault is cleared and the phone logs in.</source>
        <translation>データベースの障害を解消し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev Logon Disabled</source>
        <translation>デバイスのログオンが無効 (Dev Logon Disabled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 22 Dev Logon Disabled” appears on the phone.</source>
        <translation>「エラー 22 デバイスのログオンが無効 (Error 22 Dev Logon Disabled)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Phone Configuration window (Device &gt; Phone), make sure that the Enable Extension Mobility check box is checked.</source>
        <translation>[電話の設定 (Phone Configuration)] ウィンドウ ([デバイス (Device)] &gt; [電話機 (Phone)]) で、[Extension Mobility の有効化 (Enable Extension Mobility)] チェックボックスがオンになっていることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Extension Mobility is unchecked on the phone; the phone tries to log in.</source>
        <translation>電話機の [Extension Mobility の有効化] をオフにし、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Extension Mobility is checked on the phone and the phone logs in.</source>
        <translation>電話機の [Extension Mobility の有効化] をオンにし、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Name Empty</source>
        <translation>デバイス名が空白です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 207 Device Name Empty” appears on the phone.</source>
        <translation>「エラー 207 デバイス名が空白です (Error 207 Device Name Empty)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the URL configured for Cisco Extension Mobility is correct. For details, see the related topic.

Related topic: Configure the Cisco Extension Mobility Phone Service</source>
        <translation>Cisco Extension Mobility に設定されている URL が正しいことを確認してください。詳細については、「関連項目」を参照してください。

関連トピック：Cisco Extension Mobility 電話サービスの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Extension Mobility phone service&apos;s URL loses ?device=#DEVICENAME#; the phone tries to log in.</source>
        <translation>Extension Mobility 電話サービスの URL から ?device=#DEVICENAME# を削除し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME# again and the phone logs in.</source>
        <translation>サービス URL を http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME# に戻し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EM Service Connection Error</source>
        <translation>EM サービス接続エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 208 EM Service Connection Error” appears on the phone. (The Japanese guide numbers it 207; Cisco&apos;s table of codes and this lab use 208.)</source>
        <translation>「エラー 208 EM サービス接続エラー (Error 208 EM Service Connection Error)」が電話機に表示されます。(原文では 207 と記載されていますが、Cisco のエラー コード一覧とこのラボでは 208 です。)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Cisco Unified Serviceability, choose Tools &gt; Control Center—Feature Services and make sure that the Cisco Extension Mobility service is running.</source>
        <translation>Cisco Unified Serviceability で、[ツール (Tools)] &gt; [コントロールセンター - 機能 (Control Center—Feature)] を選択することにより、Cisco Extension Mobility サービスが実行されていることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility is stopped on every server of the cluster; the phone tries to log in.</source>
        <translation>クラスタのすべてのサーバーで Cisco Extension Mobility を停止し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility is started in Control Center—Feature Services and the phone logs in.</source>
        <translation>[コントロールセンター - 機能] で Cisco Extension Mobility を開始し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Not Found</source>
        <translation>ホストを検出できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error message “Host Not Found” appears on the phone.</source>
        <translation>「ホストを検出できません (Host Not Found)」というエラーメッセージが電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Cisco Unified Serviceability, choose Tools &gt; Control Center—Network Services and make sure that the Cisco Tomcat service is running.</source>
        <translation>Cisco Unified Serviceability で、[ツール (Tools)]&gt;[コントロールセンターのネットワークサービス (Control Center—Network Services)] を選択することにより、Cisco Tomcat サービスが実行していることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Tomcat is stopped on every server of the cluster; the phone presses Services.</source>
        <translation>クラスタのすべてのサーバーで Cisco Tomcat を停止し、電話機の [サービス] を押します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Tomcat is started in Control Center—Network Services and the phone logs in.</source>
        <translation>[コントロールセンターのネットワークサービス] で Cisco Tomcat を開始し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Error (503) on the Services button</source>
        <translation>HTTP エラー (503)：[サービス (Services)] ボタン</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>HTTP Error (503) appears on the phone.</source>
        <translation>HTTP エラー (503) が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>If this error appears when you press the Services button, choose Tools &gt; Control Center—Network Services in Cisco Unified Serviceability and make sure that the Cisco IP Phone Services service is running.</source>
        <translation>[サービス (Services)] ボタンを押したときにこのエラーが表示された場合は、Cisco Unified Serviceability で、[ツール (Tools)]&gt;[コントロールセンターのネットワークサービス (Control Center—Network Services)] を選択することにより、Cisco IP 電話サービスが実行していることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco IP Phone Services is stopped on every server of the cluster; the phone presses Services.</source>
        <translation>クラスタのすべてのサーバーで Cisco IP 電話サービスを停止し、電話機の [サービス] を押します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco IP Phone Services is started in Control Center—Network Services and the phone logs in.</source>
        <translation>[コントロールセンターのネットワークサービス] で Cisco IP 電話サービスを開始し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Error (503) on selecting Extension Mobility</source>
        <translation>HTTP エラー (503)：Extension Mobility の選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this error appears when you select the Extension Mobility service, choose Tools &gt; Control Center—Network Services in Cisco Unified Serviceability and make sure that the Cisco Extension Mobility Application service is running.</source>
        <translation>Extension Mobility サービスを選択したときにこのエラーが表示された場合は、Cisco Unified Serviceability で、[ツール (Tools)]&gt;[コントロールセンターのネットワークサービス (Control Center—Network Services)] を選択することにより、Cisco Extension Mobility Application サービスが実行していることを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility Application is stopped on every server of the cluster; the phone presses Services and selects Extension Mobility.</source>
        <translation>クラスタのすべてのサーバーで Cisco Extension Mobility Application を停止し、電話機の [サービス] を押して Extension Mobility を選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility Application is started in Control Center—Network Services and the phone logs in.</source>
        <translation>[コントロールセンターのネットワークサービス] で Cisco Extension Mobility Application を開始し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Resets</source>
        <translation>電話機のリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a user logs in or logs out, the phone resets instead of restarting.</source>
        <translation>ユーザのログインまたはログアウト後、再起動する代わりに電話機がリセットされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reset is probably caused by a locale change.</source>
        <translation>このリセットは、ロケールの変更が原因だと考えられます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the user locale associated with the user or profile logging in differs from the locale of the device, the phone restarts after a successful login and then resets. This pattern occurs because the phone configuration file is rebuilt.</source>
        <translation>特に対処の必要はありません。ログインするユーザまたはプロファイルに関連付けられているユーザロケールがロケールまたはデバイスと異なる場合、ログインが正常に完了すると、電話機は再起動し、次にリセットします。このパターンは、電話機設定ファイルが再作成されるために発生します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s User Locale becomes different from the phone&apos;s Device Locale; the phone logs in and resets.</source>
        <translation>ユーザのユーザ ロケールを電話機のデバイス ロケールと異なるものにし、電話機からログインするとリセットされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is wrong. To see a plain restart, the user&apos;s locale is set to the phone&apos;s and the phone logs in again.</source>
        <translation>問題はありません。通常の再起動を確認するため、ユーザのロケールを電話機と同じにして、電話機から再度ログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Services Unavailable After Login</source>
        <translation>ログイン後に電話サービスが使用できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After logging in, the phone services are not available.</source>
        <translation>ログイン後、電話サービスが使用できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem occurs because the user profile had no services associated with it when it was loaded on the phone.</source>
        <translation>この問題は、電話機にユーザプロファイルがロードされたときに、ユーザプロファイルに関連付けられたサービスがないために発生します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Make sure that the user profile includes the Cisco Extension Mobility service.
- Change the configuration of the phone the user logs in to so that it includes Cisco Extension Mobility. After the phone is updated, the user can access the phone services.</source>
        <translation>- ユーザプロファイルに Cisco Extension Mobility サービスが含まれていることを確認します。
- Cisco Extension Mobility が含まれるように、ユーザがログインする電話機の設定を変更します。電話機が更新されたあと、ユーザは電話サービスにアクセスできるようになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s device profile is unsubscribed from the Extension Mobility service; the phone logs in and presses Services.</source>
        <translation>ユーザのデバイス プロファイルの Extension Mobility サービスの登録を解除し、電話機からログインして [サービス] を押します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device profile is subscribed to Extension Mobility again; the phone logs out from its Services menu and logs in.</source>
        <translation>デバイス プロファイルを Extension Mobility に再登録し、電話機のサービス メニューからログアウトしてログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Services Unavailable After Logout</source>
        <translation>ログアウト後に電話サービスが使用できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the user logs out and the phone reverts to the default device profile, the phone services are no longer available.</source>
        <translation>ユーザがログアウトし、電話機がデフォルト デバイス プロファイルに戻った後、電話サービスが使用できなくなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Make sure that the Synchronization Between Auto Device Profile and Phone Configuration enterprise parameter is set to True.
- Subscribe the phone to the Cisco Extension Mobility service.</source>
        <translation>- [自動デバイス プロファイルと電話の設定間の同期 (Synchronization Between Auto Device Profile and Phone Configuration)] エンタープライズ パラメータが [はい (True)] に設定されていることを確認します。
- 電話機を Cisco Extension Mobility サービスに登録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user is logged in on the phone; Synchronization Between Auto Device Profile and Phone Configuration is set to False; the phone logs out and presses Services.</source>
        <translation>ユーザが電話機にログインした状態で [自動デバイス プロファイルと電話の設定間の同期] を [いいえ (False)] にし、電話機からログアウトして [サービス] を押します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enterprise parameter is set to True, the phone is subscribed to Extension Mobility, and the phone logs in.</source>
        <translation>エンタープライズ パラメータを [はい (True)] にし、電話機を Extension Mobility に登録して、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Logged in Elsewhere</source>
        <translation>ユーザは既にログイン済み (User Logged in Elsewhere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 25 User Logged in Elsewhere” appears on the phone.</source>
        <translation>「エラー 25 ユーザは既にログイン済み (Error 25 User Logged in Elsewhere)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the user is logged in to another phone. If multiple logins must be allowed, make sure that the Multiple Login Behavior service parameter is set to Multiple Logins Allowed.</source>
        <translation>ユーザが別の電話機にログインしているかどうかを確認します。複数のログインを許可する必要がある場合は、[複数のログイン動作 (Multiple Login Behavior)] サービスパラメータが [複数のログインを許可 (Multiple Logins Allowed)] に設定されていることを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user is logged in on the cluster&apos;s other phone while Multiple Login Behavior is Multiple Logins Not Allowed; this phone tries to log the same user in.</source>
        <translation>[複数のログイン動作] が [複数のログインを許可しない] の状態でユーザがクラスタのもう 1 台の電話機にログインしており、この電話機から同じユーザでログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Login Behavior is set to Multiple Logins Allowed and the phone logs the user in (the other login stays).</source>
        <translation>[複数のログイン動作] を [複数のログインを許可] にし、電話機からユーザがログインします (もう一方のログインはそのまま残ります)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Profile Absent</source>
        <translation>ユーザ プロファイルなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 205 User Profile Absent” appears on the phone.</source>
        <translation>「エラー 205 ユーザ プロファイルなし (Error 205 User Profile Absent)」が電話機に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate a device profile with the user.</source>
        <translation>デバイス プロファイルをユーザに関連付けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s Controlled Profiles are removed; the phone tries to log in.</source>
        <translation>ユーザの [制御するプロファイル] を削除し、電話機からログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s device profile is associated again (Controlled Profiles and Default Profile) and the phone logs in.</source>
        <translation>ユーザにデバイス プロファイルを再び関連付け ([制御するプロファイル] と [デフォルト プロファイル])、電話機からログインします。</translation>
    </message>
</context>
<context>
    <name>TroubleshootingLab</name>
    <message>
        <location filename="../models/troubleshooting/troubleshootinglab.cpp" line="+108"/>
        <source>The lab has no cluster %1.</source>
        <translation>ラボにクラスタ %1 はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an entry of the list first.</source>
        <translation>先に一覧から項目を選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>%1 has no phone %2.</source>
        <translation>%1 に電話機 %2 はありません。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 has no end user whose home cluster it is.</source>
        <translation>%1 をホーム クラスタとするエンドユーザがいません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a second phone for the user to be logged in elsewhere.</source>
        <translation>ユーザを別の電話機にログインさせるには、%1 に 2 台目の電話機が必要です。</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The cause could not be applied: %1</source>
        <translation>原因を適用できませんでした：%1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The fix could not be applied: %1</source>
        <translation>解決法を適用できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>TroubleshootingPage</name>
    <message>
        <location filename="../views/troubleshooting/troubleshootingpage.cpp" line="+264"/>
        <source>Troubleshooting Lab</source>
        <translation>トラブルシューティング ラボ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Up causes the entry on the cluster and the phone shows the symptom; Fix applies the resolution and the phone logs in; Reset Cluster puts the cluster back as the demo lab has it. Set Up first resolves the entry set up before it, so entries can be taken in any order.</source>
        <translation>[セットアップ] でクラスタに原因を作ると電話機に症状が表示されます。[修正] で解決法を適用すると電話機からログインできます。[クラスタのリセット] でクラスタをデモ ラボの状態に戻します。[セットアップ] は前にセットアップした項目の解決法を先に適用するため、項目はどの順番でも試せます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cl&amp;uster:</source>
        <translation>クラスタ(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set Up</source>
        <translation>セットアップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the cause on the cluster and drive the phone to the symptom</source>
        <translation>クラスタに原因を適用し、電話機に症状を表示させます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ix</source>
        <translation>修正(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the resolution and log in on the phone</source>
        <translation>解決法を適用し、電話機からログインします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Cluster</source>
        <translation>クラスタのリセット(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cluster back as the demo lab has it</source>
        <translation>クラスタをデモ ラボの状態に戻します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone</source>
        <translation>電話機なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible cause</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解決法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In this lab</source>
        <translation>このラボでは</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set Up: %1</source>
        <translation>セットアップ：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone logs in %1 (PIN %2).</source>
        <translation>電話機からは %1 (PIN %2) でログインします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host Not Found</source>
        <translation>ホストを検出できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Error (%1)</source>
        <translation>HTTP エラー (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML Error</source>
        <translation>XML エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Services menu without Extension Mobility</source>
        <translation>Extension Mobility のないサービス メニュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reset instead of a restart after the login</source>
        <translation>ログイン後の再起動ではなくリセット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error %1 %2</source>
        <translation>エラー %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a login or logout that worked</source>
        <translation>成功したログインまたはログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from Extension Mobility</source>
        <translation>Extension Mobility からの応答なし</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an entry, a cluster and one of its phones, then press Set Up.</source>
        <translation>項目、クラスタ、その電話機を選択し、[セットアップ] を押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up “%1” on %2 — watch %3. %4</source>
        <translation>%2 で「%1」をセットアップしています。%3 を見てください。%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixing “%1” on %2 — watch %3. %4</source>
        <translation>%2 で「%1」を修正しています。%3 を見てください。%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab clock is paused: the phone waits until it runs again.</source>
        <translation>ラボの時計が一時停止中です。時計が再開するまで電話機は待機します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 shows the symptom: %2. The resolution is above; press Fix to apply it.</source>
        <translation>%1 に症状が表示されています：%2。解決法は上にあります。[修正] を押すと適用します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed: %1 is logged in on %2 and the phone works (it reset).</source>
        <translation>修正しました：%1 が %2 にログインし、電話機は正常に動作しています (リセットしました)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: %1 is logged in on %2 and the phone works (it restarted).</source>
        <translation>修正しました：%1 が %2 にログインし、電話機は正常に動作しています (再起動しました)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not show the symptom; it showed %2. Press Reset Cluster and try again.</source>
        <translation>%1 に症状は表示されず、%2 が表示されました。[クラスタのリセット] を押してからやり直してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login on %1 still fails after the fix: %2. Press Reset Cluster and try again.</source>
        <translation>修正後も %1 でのログインに失敗します：%2。[クラスタのリセット] を押してからやり直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is back to the demo state: its services run, its parameters are at their defaults and the demo users are logged in as at the start.</source>
        <translation>%1 をデモ ラボの状態に戻しました。サービスは実行中、パラメータは既定値で、デモのユーザは最初と同じようにログインしています。</translation>
    </message>
</context>
</TS>
