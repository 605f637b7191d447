<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessControlGroupPage</name>
    <message>
        <location filename="../views/admin/accesscontrolgrouppage.ui" line="+54" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Access Control Group Information</source>
        <translation>アクセス コントロールグループの情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name*:</source>
        <translation>名前*:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Users</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add End Users to Group</source>
        <translation>グループにエンドユーザを追加</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete Selected</source>
        <translation>選択項目の削除</translation>
    </message>
    <message>
        <location filename="../views/admin/accesscontrolgrouppage.cpp" line="+19" />
        <source>Find and List Access Control Groups</source>
        <translation>アクセス コントロールグループの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Access Control Group where</source>
        <translation>アクセス コントロールグループの検索条件</translation>
    </message>
    <message numerus="yes">
        <location line="+94" />
        <source>%n user(s) added to the group</source>
        <translation>
            <numerusform>%n 人のユーザをグループに追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n user(s) removed from the group</source>
        <translation>
            <numerusform>%n 人のユーザをグループから削除しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Access Control Group Configuration</source>
        <translation>アクセス コントロールグループの設定</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Users (%n)</source>
        <translation>
            <numerusform>ユーザ (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessControlGroupTableModel</name>
    <message>
        <location filename="../models/items/accesscontrolgrouptablemodel.cpp" line="+16" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>ApplicationUserPage</name>
    <message>
        <location filename="../views/admin/applicationuserpage.ui" line="+54" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Application User Information</source>
        <translation>アプリケーション ユーザの情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>User ID*:</source>
        <translation>ユーザー ID*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Confirm Password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Permission Information</source>
        <translation>権限情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add to Access Control Group</source>
        <translation>アクセス コントロールグループに追加</translation>
    </message>
    <message>
        <location filename="../views/admin/applicationuserpage.cpp" line="+15" />
        <source>Find and List Application Users</source>
        <translation>アプリケーション ユーザの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Application User where</source>
        <translation>アプリケーション ユーザの検索条件</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Password and Confirm Password do not match.</source>
        <translation>パスワードとパスワードの確認が一致しません。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Application User Configuration</source>
        <translation>アプリケーション ユーザの設定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>ApplicationUserTableModel</name>
    <message>
        <location filename="../models/items/applicationusertablemodel.cpp" line="+16" />
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>CallRouter</name>
    <message>
        <location filename="../models/routing/callrouter.cpp" line="+33" />
        <source>Call from %1 to %2 failed (%3): %4</source>
        <translation>%1 から %2 への発信に失敗しました (%3): %4</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 dials %2.</source>
        <translation>%1 が %2 をダイヤルします。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no phone %1 in the lab.</source>
        <translation>ラボに電話機 %1 はありません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The calling phone %1 is not registered.</source>
        <translation>発信側の電話機 %1 は登録されていません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is already in a call.</source>
        <translation>%1 は既に通話中です。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not registered anywhere %2 knows of.</source>
        <translation>%2 が知る限り、%1 はどこにも登録されていません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 knows no directory number %2.</source>
        <translation>%1 は電話番号 %2 を知りません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 has no SIP route to %2.</source>
        <translation>%1 には %2 への SIP ルートがありません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 believes %2 is on %3, but %3 does not answer (down).</source>
        <translation>%1 は %2 が %3 にあると認識していますが、%3 が応答しません (ダウン)。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 still believes %2 is on %3, but it moved to %4 and %1 has not learned it yet.</source>
        <translation>%1 はまだ %2 が %3 にあると認識していますが、実際は %4 に移動しており、%1 はそれをまだ学習していません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No phone with %1 is registered on %2.</source>
        <translation>%1 を持つ電話機は %2 に登録されていません。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is busy on %2.</source>
        <translation>%1 は %2 で通話中です。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 rings on %2; %3 routed the call over the SIP trunk using the location learned through ILS.</source>
        <translation>%1 が %2 で鳴っています。%3 は ILS で学習した場所を使って SIP トランク経由でコールをルーティングしました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rings on %2.</source>
        <translation>%1 が %2 で鳴っています。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 answered the call from %2.</source>
        <translation>%1 が %2 からのコールに応答しました。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 hung up the call between %2 and %3.</source>
        <translation>%1 が %2 と %3 の通話を切断しました。</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <location filename="../models/cluster/cluster.cpp" line="+217" />
        <source>The database of %1 refused the change: %2</source>
        <translation>%1 のデータベースが変更を拒否しました: %2</translation>
    </message>
    <message>
        <location line="+257" />
        <location line="+41" />
        <location line="+25" />
        <source>%1 has no server named %2.</source>
        <translation>%1 には %2 という名前のサーバーはありません。</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+24" />
        <source>There is no service named %1.</source>
        <translation>%1 という名前のサービスはありません。</translation>
    </message>
    <message>
        <location line="-22" />
        <source>%1 is a network service: it is always activated; start or stop it in Control Center – Network Services.</source>
        <translation>%1 はネットワーク サービスです。常にアクティブなので、[コントロールセンターのネットワークサービス] で開始または停止してください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 can be activated only on the publisher (%2).</source>
        <translation>%1 はパブリッシャ (%2) でのみアクティブにできます。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is down: its services cannot be started or stopped.</source>
        <translation>%1 はダウンしています。サービスを開始または停止できません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not activated on %2: activate it in Service Activation first.</source>
        <translation>%1 は %2 でアクティブになっていません。先に [サービス アクティベーション] でアクティブにしてください。</translation>
    </message>
    <message>
        <location line="+139" />
        <source>Service Name is required.</source>
        <translation>サービス名は必須です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service Name can be at most %1 characters.</source>
        <translation>サービス名は %1 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service Name: a phone service named %1 already exists.</source>
        <translation>サービス名: %1 という名前の電話サービスは既に存在します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ASCII Service Name is required.</source>
        <translation>ASCII サービス名は必須です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ASCII Service Name may contain only ASCII characters.</source>
        <translation>ASCII サービス名には ASCII 文字だけを使用できます。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service URL is required.</source>
        <translation>サービス URL は必須です。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Service URL must be an http:// or https:// URL with a host, for example http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#.</source>
        <translation>サービス URL はホストを含む http:// または https:// の URL にしてください (例: http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#)。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Service URL: loginType must be UID, DN or SP (it is %1).</source>
        <translation>サービス URL: loginType は UID、DN、SP のいずれかにしてください (現在は %1)。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Secure-Service URL must be an https:// URL with a host.</source>
        <translation>セキュア サービス URL はホストを含む https:// の URL にしてください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service Category must be XML Service or Java MIDlet.</source>
        <translation>サービス カテゴリは XML Service または Java MIDlet にしてください。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+33" />
        <source>This phone service no longer exists.</source>
        <translation>この電話サービスはもう存在しません。</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Enterprise Subscription can be set only when the service is added.</source>
        <translation>エンタープライズ登録はサービスの追加時にのみ設定できます。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 cannot be deleted: %2 is subscribed to it. Unsubscribe it first.</source>
        <translation>%1 は削除できません: %2 が登録しています。先に登録を解除してください。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Device Name must be SEP followed by the 12 hexadecimal digits of the phone&apos;s MAC address (for example SEPC10000000001).</source>
        <translation>デバイス名は SEP に続けて電話機の MAC アドレス (16 進数 12 桁) を指定してください (例: SEPC10000000001)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device Profile Name is required.</source>
        <translation>デバイス プロファイル名は必須です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Device Profile Name can be at most 50 characters.</source>
        <translation>デバイス プロファイル名は 50 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device Profile Name may contain only letters, digits, spaces, dots, hyphens and underscores.</source>
        <translation>デバイス プロファイル名には英字、数字、スペース、ピリオド、ハイフン、アンダースコアだけを使用できます。</translation>
    </message>
    <message>
        <location line="-423" />
        <location line="+426" />
        <source>A device or device profile named %1 already exists.</source>
        <translation>%1 という名前のデバイスまたはデバイス プロファイルは既に存在します。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a phone model this cluster knows.</source>
        <translation>%1 はこのクラスタが認識していない電話機モデルです。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Device Protocol: %1 runs %2, not %3.</source>
        <translation>デバイス プロトコル: %1 が使用できるのは %2 で、%3 ではありません。</translation>
    </message>
    <message>
        <location line="-423" />
        <location line="+427" />
        <source>Device Profile Type: %1 does not support Extension Mobility (see the Unified CM Phone Feature List report).</source>
        <translation>デバイス プロファイルのタイプ: %1 は Extension Mobility をサポートしていません (Unified CM 電話機能一覧のレポートを参照してください)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enable Extension Mobility: %1 does not support Extension Mobility.</source>
        <translation>Extension Mobility の有効化: %1 は Extension Mobility をサポートしていません。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+143" />
        <source>%1 is not an installed locale.</source>
        <translation>%1 はインストールされているロケールではありません。</translation>
    </message>
    <message>
        <location line="-139" />
        <source>Log Out Profile must be Use Current Device Settings or an existing device profile.</source>
        <translation>ログアウト プロファイルには「現在のデバイス設定を使用」または既存のデバイス プロファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Login User Id: there is no end user %1.</source>
        <translation>ログイン ユーザ ID: エンドユーザ %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Directory Number %1 must be 1 to 24 digits.</source>
        <translation>電話番号 %1 は 1 ～ 24 桁の数字にしてください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Directory Number %1 appears twice.</source>
        <translation>電話番号 %1 が重複しています。</translation>
    </message>
    <message>
        <location line="-448" />
        <location line="+451" />
        <source>Directory Number %1 is already assigned to %2.</source>
        <translation>電話番号 %1 は既に %2 に割り当てられています。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has %2 line buttons; remove a line first.</source>
        <translation>%1 のライン ボタンは %2 個です。先にラインを削除してください。</translation>
    </message>
    <message>
        <location line="-449" />
        <location line="+453" />
        <source>A subscribed phone service no longer exists.</source>
        <translation>登録されている電話サービスがもう存在しません。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+35" />
        <source>This device no longer exists.</source>
        <translation>このデバイスはもう存在しません。</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Product type and protocol cannot change once a device is added.</source>
        <translation>デバイスの追加後は製品タイプとプロトコルを変更できません。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 cannot be deleted: it is the Log Out Profile of %2.</source>
        <translation>%1 は削除できません: %2 のログアウト プロファイルです。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be deleted: a user is logged in with it on %2. Log the user out first.</source>
        <translation>%1 は削除できません: ユーザがこれを使って %2 にログインしています。先にユーザをログアウトしてください。</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+118" />
        <source>User ID is required.</source>
        <translation>ユーザー ID は必須です。</translation>
    </message>
    <message>
        <location line="-116" />
        <source>User ID can be at most 128 characters.</source>
        <translation>ユーザー ID は 128 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+116" />
        <source>User ID may contain only letters, digits, dots, hyphens, underscores and @.</source>
        <translation>ユーザー ID には英字、数字、ピリオド、ハイフン、アンダースコア、@ だけを使用できます。</translation>
    </message>
    <message>
        <location line="-113" />
        <source>User ID must be digits only while the Alphanumeric User ID service parameter is False.</source>
        <translation>サービス パラメータ Alphanumeric User ID が False の間は、ユーザー ID は数字だけにしてください。</translation>
    </message>
    <message>
        <location line="-532" />
        <location line="+534" />
        <source>An end user with User ID %1 already exists.</source>
        <translation>ユーザー ID が %1 のエンドユーザは既に存在します。</translation>
    </message>
    <message>
        <location line="-564" />
        <source>Bulk import: each user needs exactly one device profile.</source>
        <translation>一括インポート: 各ユーザにはデバイス プロファイルがちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <location line="+566" />
        <source>User ID %1 is already used by an application user.</source>
        <translation>ユーザー ID %1 は既にアプリケーション ユーザが使用しています。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last Name is required.</source>
        <translation>姓は必須です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First and last names can be at most 64 characters.</source>
        <translation>名と姓はそれぞれ 64 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Self-Service User ID must be digits only.</source>
        <translation>セルフサービス ユーザ ID は数字だけにしてください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Self-Service User ID %1 is already used by %2.</source>
        <translation>セルフサービス ユーザ ID %1 は既に %2 が使用しています。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Primary Extension %1 is not a directory number of this cluster.</source>
        <translation>プライマリ内線 %1 はこのクラスタの電話番号ではありません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Controlled Profiles may list only existing device profiles.</source>
        <translation>制御するプロファイルには既存のデバイス プロファイルだけを指定できます。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is listed twice in Controlled Profiles.</source>
        <translation>%1 が制御するプロファイルに 2 回含まれています。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Default Profile must be one of the Controlled Profiles.</source>
        <translation>デフォルト プロファイルは制御するプロファイルの中から選んでください。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+55" />
        <location line="+121" />
        <source>This end user no longer exists.</source>
        <translation>このエンドユーザはもう存在しません。</translation>
    </message>
    <message>
        <location line="-171" />
        <source>%1 cannot be removed from Controlled Profiles: the user is logged in with it on %2.</source>
        <translation>%1 は制御するプロファイルから外せません: ユーザがこれを使って %2 にログインしています。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>PIN is required for a new end user.</source>
        <translation>新しいエンドユーザには PIN が必要です。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PIN must be digits only.</source>
        <translation>PIN は数字だけにしてください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PIN can be at most 128 digits.</source>
        <translation>PIN は 128 桁以内で指定してください。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 cannot be deleted while logged in to a phone. Log the user out first.</source>
        <translation>%1 は電話機にログイン中のため削除できません。先にログアウトしてください。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>An application user with User ID %1 already exists.</source>
        <translation>ユーザー ID が %1 のアプリケーション ユーザは既に存在します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User ID %1 is already used by an end user.</source>
        <translation>ユーザー ID %1 は既にエンドユーザが使用しています。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password is required for a new application user.</source>
        <translation>新しいアプリケーション ユーザにはパスワードが必要です。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+15" />
        <location line="+97" />
        <source>This application user no longer exists.</source>
        <translation>このアプリケーション ユーザはもう存在しません。</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Name is required.</source>
        <translation>名前は必須です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name can be at most 128 characters.</source>
        <translation>名前は 128 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An access control group named %1 already exists.</source>
        <translation>%1 という名前のアクセス コントロールグループは既に存在します。</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+26" />
        <source>This access control group no longer exists.</source>
        <translation>このアクセス コントロールグループはもう存在しません。</translation>
    </message>
    <message>
        <location line="-23" />
        <source>%1 is a standard group: it cannot be renamed.</source>
        <translation>%1 は標準グループのため、名前を変更できません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A member of the group is not an end user of this cluster.</source>
        <translation>グループのメンバーにこのクラスタのエンドユーザではない人が含まれています。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A member of the group is not an application user of this cluster.</source>
        <translation>グループのメンバーにこのクラスタのアプリケーション ユーザではないものが含まれています。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is a standard group: it cannot be deleted.</source>
        <translation>%1 は標準グループのため、削除できません。</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+14" />
        <location line="+12" />
        <source>There is no access control group named %1.</source>
        <translation>%1 という名前のアクセス コントロールグループはありません。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 has no service parameter named %2.</source>
        <translation>%1 には %2 というサービス パラメータはありません。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no enterprise parameter named %1.</source>
        <translation>%1 というエンタープライズ パラメータはありません。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cluster ID %1 is already used by another cluster; it must be unique in the ILS network.</source>
        <translation>クラスタ ID %1 は既に別のクラスタが使用しています。ILS ネットワーク内で一意にしてください。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The login names a phone, profile or user that does not exist.</source>
        <translation>ログインに指定された電話機、プロファイル、またはユーザが存在しません。</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <location filename="../views/topology/clusteritem.cpp" line="+55" />
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up, a node is down</source>
        <translation>稼働中 (ノード 1 台がダウン)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up, ILS stopped</source>
        <translation>稼働中、ILS 停止</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="+73" />
        <source>ILS hub</source>
        <translation>ILS ハブ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ILS spoke</source>
        <translation>ILS スポーク</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ILS spoke of %1</source>
        <translation>%1 の ILS スポーク</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not in ILS</source>
        <translation>ILS 外</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n ILS update(s) wait for it</source>
        <translation>
            <numerusform>ILS 更新 %n 件が待機中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+9" />
        <source>Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming.</source>
        <translation>Cisco Unified CM のクラスタ間の Extension Mobility ローミングの管理コンソールとラボ。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open the lab in &lt;dir&gt; (a new folder gets the demo lab).</source>
        <translation>&lt;dir&gt; のラボを開きます (新しいフォルダにはデモ ラボを作成します)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start on a fresh demo lab in a temporary folder.</source>
        <translation>一時フォルダに新しいデモ ラボを作成して起動します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language of the console: ja or en.</source>
        <translation>コンソールの言語: ja または en。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save a picture of the main window to &lt;file&gt; once started, then exit.</source>
        <translation>起動後にメイン ウィンドウの画像を &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run without a window: serve every cluster&apos;s HTTP endpoints until SIGINT or SIGTERM.</source>
        <translation>ウィンドウなしで実行します。SIGINT または SIGTERM を受けるまで各クラスタの HTTP エンドポイントを提供します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serve HTTP on &lt;address&gt; instead of 127.0.0.1 (PINs then cross the network in clear text).</source>
        <translation>127.0.0.1 の代わりに &lt;address&gt; で HTTP を提供します (PIN が平文でネットワークを流れます)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the lab script &lt;file&gt; without a window and exit (0 when every expect holds).</source>
        <translation>ウィンドウを開かずにラボ スクリプト &lt;file&gt; を実行して終了します (すべての expect が成り立てば 0)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the page &lt;key&gt; first (overview, endUser, deviceProfile, phone, …).</source>
        <translation>最初にページ &lt;key&gt; を開きます (overview、endUser、deviceProfile、phone など)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administer the cluster &lt;name&gt; first.</source>
        <translation>最初にクラスタ &lt;name&gt; を管理対象にします。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>--demo and --lab cannot be used together.</source>
        <translation>--demo と --lab は同時に指定できません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--lang takes ja or en, not %1.</source>
        <translation>--lang には ja または en を指定してください (%1 は指定できません)。</translation>
    </message>
</context>
<context>
    <name>ControlCenterPage</name>
    <message>
        <location filename="../views/admin/controlcenterpage.ui" line="+18" />
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Select Server</source>
        <translation>サーバーの選択</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Server*:</source>
        <translation>サーバー*:</translation>
    </message>
    <message>
        <location filename="../views/admin/controlcenterpage.cpp" line="+89" />
        <source>Control Center - Feature Services</source>
        <translation>コントロールセンター - 機能</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control Center - Network Services</source>
        <translation>コントロールセンターのネットワークサービス</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 started.</source>
        <translation>%1 を開始しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 stopped.</source>
        <translation>%1 を停止しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 restarted.</source>
        <translation>%1 を再起動しました。</translation>
    </message>
</context>
<context>
    <name>CopyToClustersDialog</name>
    <message>
        <location filename="../views/common/copytoclustersdialog.ui" line="+6" />
        <source>Copy to Clusters</source>
        <translation>クラスタにコピー</translation>
    </message>
    <message>
        <location line="+28" />
        <source>PIN for new copies:</source>
        <translation>新しいコピーの PIN:</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&amp;Copy to Selected Clusters</source>
        <translation>選択したクラスタにコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/common/copytoclustersdialog.cpp" line="+74" />
        <location line="+19" />
        <source>Missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Self-Service User ID</source>
        <translation>セルフサービス ユーザ ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Primary Extension</source>
        <translation>プライマリ内線</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Controlled Profiles</source>
        <translation>制御するプロファイル</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Permission Information</source>
        <translation>権限情報</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+17" />
        <source>User Locale</source>
        <translation>ユーザ ロケール</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Device Profile Type</source>
        <translation>デバイス プロファイルのタイプ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Directory Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subscribed Services</source>
        <translation>登録済みのサービス</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+21" />
        <source>Same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Different: %1</source>
        <translation>相違あり: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cluster is down</source>
        <translation>クラスタがダウンしています</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 has no device profile %2: copy the device profile first.</source>
        <translation>%1 にはデバイス プロファイル %2 がありません。先にデバイス プロファイルをコピーしてください。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 has no phone service %2: add it first.</source>
        <translation>%1 には電話サービス %2 がありません。先に追加してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>%n cluster(s) updated.</source>
        <translation>
            <numerusform>%n 個のクラスタを更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In that cluster</source>
        <translation>そのクラスタの状態</translation>
    </message>
    <message>
        <location line="+5" />
        <source>End user %1 of %2 compared with the other clusters. Tick the clusters to copy it to.</source>
        <translation>%2 のエンドユーザ %1 を他のクラスタと比較しています。コピー先のクラスタにチェックを付けてください。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Device profile %1 of %2 compared with the other clusters. Tick the clusters to copy it to.</source>
        <translation>%2 のデバイス プロファイル %1 を他のクラスタと比較しています。コピー先のクラスタにチェックを付けてください。</translation>
    </message>
</context>
<context>
    <name>DemoLab</name>
    <message>
        <location filename="../models/lab/demolab.cpp" line="+136" />
        <source>Demo lab</source>
        <translation>デモ ラボ</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../views/demo/demopanel.cpp" line="+133" />
        <source>Lab Clock</source>
        <translation>ラボ クロック</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1×</source>
        <extracomment>clock speed factor in the demo controls, e.g. &quot;0.25×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How fast lab time runs: slow it down to watch ILS updates travel</source>
        <translation>ラボ時間の進む速さ。遅くすると ILS 更新が伝わる様子を観察できます</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Seed&apos;s Story, Step by Step</source>
        <translation>シナリオを 1 ステップずつ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Step</source>
        <translation>次のステップ(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Lab time %1</source>
        <translation>ラボ時間 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>  (expected: %1)</source>
        <translation>  (期待値: %1)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The story is over.</source>
        <translation>シナリオは終了しました。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Runs: %1</source>
        <translation>実行: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../views/admin/devicepage.ui" line="+54" />
        <location line="+90" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="-83" />
        <location line="+90" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="-62" />
        <location filename="../views/admin/devicepage.cpp" line="+343" />
        <source>Device Profile Type:</source>
        <translation>デバイス プロファイルのタイプ:</translation>
    </message>
    <message>
        <location line="+90" />
        <location line="+187" />
        <source>Device Protocol:</source>
        <translation>デバイス プロトコル:</translation>
    </message>
    <message>
        <location line="-132" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy to Clusters...</source>
        <translation>クラスタにコピー...</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Related Links:</source>
        <translation>関連リンク:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../views/admin/devicepage.cpp" line="+6" />
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29" />
        <location filename="../views/admin/devicepage.cpp" line="-4" />
        <source>Device Information</source>
        <translation>デバイスの情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Product Type:</source>
        <translation>製品タイプ:</translation>
    </message>
    <message>
        <location line="+22" />
        <location filename="../views/admin/devicepage.cpp" line="+1" />
        <source>Device Name*:</source>
        <translation>デバイス名*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../views/admin/devicepage.cpp" line="+1" />
        <source>Device Locale:</source>
        <translation>デバイス ロケール:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Phone Button Template*:</source>
        <translation>電話ボタン テンプレート*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Softkey Template:</source>
        <translation>ソフトキー テンプレート:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Login User Id:</source>
        <translation>ログイン ユーザ ID:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Extension Information</source>
        <translation>内線情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enable Extension Mobility</source>
        <translation>Extension Mobility の有効化</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Log Out Profile:</source>
        <translation>ログアウト プロファイル:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Logged In User:</source>
        <translation>ログイン中のユーザ:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Log Out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Association Information</source>
        <translation>割り当て情報</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Directory Number*:</source>
        <translation>電話番号*:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a New DN</source>
        <translation>新規 DN を追加</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove Line</source>
        <translation>ラインを削除</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Subscribed Services</source>
        <translation>登録済みのサービス</translation>
    </message>
    <message>
        <location filename="../views/admin/devicepage.cpp" line="-171" />
        <source>%1 (Enterprise Subscription)</source>
        <translation>%1 (エンタープライズ登録)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Line [%1] - %2</source>
        <translation>ライン [%1] - %2</translation>
    </message>
    <message>
        <location line="+98" />
        <source>%1 was reset but cannot register: Cisco CallManager is not running on %2.</source>
        <translation>%1 をリセットしましたが、登録できません: %2 で Cisco CallManager が実行されていません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was reset and registered again; it has no lines.</source>
        <translation>%1 をリセットし、再登録しました。ラインはありません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 was reset and registered again with its saved configuration (lines: %2).</source>
        <translation>%1 をリセットし、保存した設定で再登録しました (ライン: %2)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not logged in on any phone: nothing to reset; the next login applies its saved configuration.</source>
        <translation>%1 はどの電話機にもログインしていないため、リセットするものはありません。次回のログインで保存した設定が適用されます。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is logged in on %2: reset, registered again with its saved configuration.</source>
        <translation>%1 は %2 にログイン中です: リセットし、保存した設定で再登録しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is logged in on %2: reset, but Cisco CallManager is not running, so they cannot register.</source>
        <translation>%1 は %2 にログイン中です: リセットしましたが、Cisco CallManager が実行されていないため登録できません。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 (profile %2)</source>
        <translation>%1 (プロファイル %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No user is logged in</source>
        <translation>ログイン中のユーザはいません</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+1" />
        <source>Add a New Phone</source>
        <translation>新しい電話の追加</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+1" />
        <source>Add a New Device Profile</source>
        <translation>新しいデバイス プロファイルの追加</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the type of phone you would like to create</source>
        <translation>作成する電話のタイプを選択してください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the device profile type you would like to create</source>
        <translation>作成するデバイス プロファイルのタイプを選択してください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select the protocol of %1</source>
        <translation>%1 のプロトコルを選択してください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone Type:</source>
        <translation>電話のタイプ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone Configuration</source>
        <translation>電話の設定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Device Profile Configuration</source>
        <translation>デバイス プロファイルの設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Profile Information</source>
        <translation>デバイス プロファイルの情報</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Profile Name*:</source>
        <translation>デバイス プロファイル名*:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User Locale:</source>
        <translation>ユーザ ロケール:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subscribe/Unsubscribe Services</source>
        <translation>サービスの登録/登録解除</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use Current Device Settings</source>
        <translation>現在のデバイス設定を使用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the device first, then add its directory numbers.</source>
        <translation>先にデバイスを保存してから電話番号を追加してください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find and List Phones</source>
        <translation>電話の検索と一覧表示</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Find Phone where</source>
        <translation>電話の検索条件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find and List Device Profiles</source>
        <translation>デバイス プロファイルの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Device Profile where</source>
        <translation>デバイス プロファイルの検索条件</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../models/items/devicetablemodel.cpp" line="+23" />
        <source>Device Name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Device Profile Name</source>
        <translation>デバイス プロファイル名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Type</source>
        <translation>デバイス タイプ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Device Profile Type</source>
        <translation>デバイス プロファイルのタイプ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Protocol</source>
        <translation>デバイス プロトコル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged In User</source>
        <translation>ログイン中のユーザ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In Use On</source>
        <translation>使用中の電話機</translation>
    </message>
</context>
<context>
    <name>EditPage</name>
    <message>
        <location filename="../views/common/editpage.cpp" line="+19" />
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This page has changes that are not saved. Discard them?</source>
        <translation>このページには保存されていない変更があります。破棄しますか?</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Add successful</source>
        <translation>追加に成功しました</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Update successful</source>
        <translation>更新に成功しました</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to save: no field was changed.</source>
        <translation>保存するものはありません: 変更されたフィールドはありません。</translation>
    </message>
</context>
<context>
    <name>EmResult</name>
    <message>
        <location filename="../models/mobility/emresult.cpp" line="+17" />
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invalid App User</source>
        <translation>無効なアプリケーション ユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Policy Validation error</source>
        <translation>ポリシー検証エラー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database Error</source>
        <translation>データベース エラー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User lacks app proxy rights</source>
        <translation>ユーザにアプリケーション プロキシ権限がありません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device does not exist</source>
        <translation>デバイスが存在しません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dev. Profile not found</source>
        <translation>デバイス プロファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another user logged in</source>
        <translation>別のユーザがログイン中です</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No user logged in</source>
        <translation>ログイン中のユーザはいません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Logon Disabled</source>
        <translation>デバイスのログオンが無効</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User does not exist</source>
        <translation>ユーザが存在しません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multi-Login Not Allowed</source>
        <translation>複数のログインは許可されていません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Busy Please Try Again</source>
        <translation>ビジー。再実行してください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Untrusted IP Error</source>
        <translation>信頼されていない IP エラー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proxy not allowed</source>
        <translation>プロキシは許可されていません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Authentication Error</source>
        <translation>認証エラー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blank User ID or PIN</source>
        <translation>ユーザ ID または PIN が空です</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User Profile Absent</source>
        <translation>ユーザ プロファイルなし</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Name Empty</source>
        <translation>デバイス名が空白です</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EM Service Connection Error</source>
        <translation>EM サービス接続エラー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LoginType invalid</source>
        <translation>ログイン タイプが無効です</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DN has multiple users</source>
        <translation>DN に複数のユーザがいます</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown Error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a device profile</source>
        <translation>デバイス プロファイルを選択してください</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EndUserPage</name>
    <message>
        <location filename="../views/admin/enduserpage.ui" line="+54" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy to Clusters...</source>
        <translation>クラスタにコピー...</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29" />
        <source>User Information</source>
        <translation>ユーザ情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>User ID*:</source>
        <translation>ユーザー ID*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Confirm Password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Confirm PIN:</source>
        <translation>PIN の確認:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Last Name*:</source>
        <translation>姓*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>First Name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Self-Service User ID:</source>
        <translation>セルフサービス ユーザ ID:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>User Locale:</source>
        <translation>ユーザ ロケール:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Home Cluster</source>
        <translation>ホーム クラスタ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Directory Number Associations</source>
        <translation>電話番号の割り当て</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Primary Extension:</source>
        <translation>プライマリ内線:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Extension Mobility</source>
        <translation>Extension Mobility</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Available Profiles:</source>
        <translation>使用可能なプロファイル:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>Move to Controlled Profiles</source>
        <translation>制御するプロファイルに移動</translation>
    </message>
    <message>
        <location line="+7" />
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>Move to Available Profiles</source>
        <translation>使用可能なプロファイルに移動</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Controlled Profiles:</source>
        <translation>制御するプロファイル:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Default Profile:</source>
        <translation>デフォルト プロファイル:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Permission Information</source>
        <translation>権限情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Add to Access Control Group</source>
        <translation>アクセス コントロールグループに追加</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Remove from Access Control Group</source>
        <translation>アクセス コントロールグループから削除</translation>
    </message>
    <message>
        <location filename="../views/admin/enduserpage.cpp" line="+24" />
        <source>Find and List Users</source>
        <translation>ユーザの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Find User where</source>
        <translation>ユーザの検索条件</translation>
    </message>
    <message>
        <location line="+177" />
        <source>PIN and Confirm PIN do not match.</source>
        <translation>PIN と PIN の確認が一致しません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password and Confirm Password do not match.</source>
        <translation>パスワードとパスワードの確認が一致しません。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>End User Configuration</source>
        <translation>エンドユーザの設定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End User Configuration (new)</source>
        <translation>エンドユーザの設定 (新規)</translation>
    </message>
    <message>
        <location line="-98" />
        <location line="+101" />
        <location line="+2" />
        <source>&lt; None &gt;</source>
        <translation>&lt; なし &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
</context>
<context>
    <name>EndUserTableModel</name>
    <message>
        <location filename="../models/items/endusertablemodel.cpp" line="+16" />
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First Name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Primary Extension</source>
        <translation>プライマリ内線</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Home Cluster</source>
        <translation>ホーム クラスタ</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../views/common/entitypage.cpp" line="+123" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You are about to permanently delete this item. This action cannot be undone. Continue?</source>
        <translation>この項目を完全に削除しようとしています。この操作は元に戻せません。続行しますか?</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete Selected</source>
        <translation>選択項目の削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>You are about to permanently delete %n item(s). This action cannot be undone. Continue?</source>
        <translation>
            <numerusform>%n 個の項目を完全に削除しようとしています。この操作は元に戻せません。続行しますか?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtensionMobility</name>
    <message>
        <location filename="../models/mobility/extensionmobility.cpp" line="+58" />
        <source>The request names no device: check the Extension Mobility service URL (…?device=#DEVICENAME#).</source>
        <translation>要求にデバイスが指定されていません。Extension Mobility のサービス URL (…?device=#DEVICENAME#) を確認してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>loginType=%1 is not UID, DN or SP (the URL is case sensitive).</source>
        <translation>loginType=%1 は UID、DN、SP のいずれでもありません (URL は大文字と小文字を区別します)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cisco Extension Mobility is not running on any server of %1.</source>
        <translation>%1 のどのサーバーでも Cisco Extension Mobility が実行されていません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The user ID or the PIN was left blank.</source>
        <translation>ユーザ ID または PIN が空のままです。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 login/logout requests are already in progress on %2 (Maximum Concurrent Requests = %3).</source>
        <translation>%2 では既に %1 件のログイン/ログアウト要求を処理中です (同時要求の最大数 = %3)。</translation>
    </message>
    <message>
        <location line="+118" />
        <location line="+179" />
        <source>The database of %1 failed while handling the request.</source>
        <translation>要求の処理中に %1 のデータベースでエラーが発生しました。</translation>
    </message>
    <message>
        <location line="-176" />
        <location line="+179" />
        <source>%1 has no phone named %2.</source>
        <translation>%1 には %2 という名前の電話機はありません。</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Enable Extension Mobility is unchecked on %1 (Device &gt; Phone).</source>
        <translation>%1 で [Extension Mobility の有効化] がオフになっています ([デバイス] &gt; [電話])。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has no end user %2.</source>
        <translation>%1 にはエンドユーザ %2 はいません。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+21" />
        <source>The user ID or PIN is not correct.</source>
        <translation>ユーザ ID または PIN が正しくありません。</translation>
    </message>
    <message>
        <location line="-12" />
        <source>No end user of %1 has %2 as Primary Extension.</source>
        <translation>%1 には %2 をプライマリ内線とするエンドユーザがいません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No end user of %1 has %2 as Self-Service User ID.</source>
        <translation>%1 には %2 をセルフサービス ユーザ ID とするエンドユーザがいません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is the Primary Extension of several users (%2).</source>
        <translation>%1 は複数のユーザ (%2) のプライマリ内線です。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is not the home cluster of %2, and %2 is not in Standard EM Roaming Across Clusters Super Users: only super users may log in away from home.</source>
        <translation>%1 は %2 のホーム クラスタではなく、%2 は クラスタ間標準 EM ローミング スーパーユーザー のメンバーでもありません。ホーム以外でログインできるのはスーパーユーザーだけです。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 has no device profile in Controlled Profiles on %2.</source>
        <translation>%2 の %1 には、制御するプロファイルにデバイス プロファイルがありません。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not one of the Controlled Profiles of %2.</source>
        <translation>%1 は %2 の制御するプロファイルではありません。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 controls several device profiles and has no default: the phone lists them to choose from.</source>
        <translation>%1 は複数のデバイス プロファイルを制御しており、デフォルトがありません。電話機に一覧を表示して選択させます。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device profile of %1 could not be read.</source>
        <translation>%1 のデバイス プロファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is already logged in on %2: log out first.</source>
        <translation>%1 は既に %2 にログインしています。先にログアウトしてください。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is logged in on %2 and Multiple Login Behavior is Multiple Logins Not Allowed.</source>
        <translation>%1 は %2 にログイン中で、複数のログイン動作が Multiple Logins Not Allowed です。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 logged in on %2: Multiple Login Behavior is Auto Logout, so the earlier login was logged out.</source>
        <translation>%1 が %2 にログインしました。複数のログイン動作が Auto Logout のため、以前のログインはログアウトされました。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database of %1 failed while recording the login.</source>
        <translation>ログインの記録中に %1 のデータベースでエラーが発生しました。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is for %2 but the phone is a %3: the Default Device Profile of %3 supplies the phone button template and softkeys; lines, speed dials, locale and services come from %1.</source>
        <translation>%1 は %2 用ですが、電話機は %3 です。電話ボタン テンプレートとソフトキーは %3 のデフォルト デバイス プロファイルから、ライン、短縮ダイヤル、ロケール、サービスは %1 から取得します。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 logged in on %2 with %3; the user locale (%4) differs from the device locale (%5), so the phone resets.</source>
        <translation>%1 が %3 で %2 にログインしました。ユーザ ロケール (%4) がデバイス ロケール (%5) と異なるため、電話機はリセットされます。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 logged in on %2 with %3; the phone restarts with the profile&apos;s lines and services.</source>
        <translation>%1 が %3 で %2 にログインしました。電話機はプロファイルのラインとサービスで再起動します。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 logged in on %2 with %3, which has no phone services: the phone shows no services (subscribe the profile to Extension Mobility).</source>
        <translation>%1 が %3 で %2 にログインしましたが、%3 には電話サービスがないため、電話機にサービスが表示されません (プロファイルを Extension Mobility に登録してください)。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Nobody is logged in on %1.</source>
        <translation>%1 には誰もログインしていません。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nobody is logged in on this phone.</source>
        <translation>この電話機には誰もログインしていません。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database of %1 failed while recording the logout.</source>
        <translation>ログアウトの記録中に %1 のデータベースでエラーが発生しました。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 logged out of %2; the phone returned to its Log Out Profile without phone services (Synchronization Between Auto Device Profile and Phone Configuration is False, or the phone is not subscribed).</source>
        <translation>%1 が %2 からログアウトしました。電話機はログアウト プロファイルに戻りましたが、電話サービスがありません (自動デバイス プロファイルと電話の設定間の同期 が False か、電話機が登録されていません)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 logged out of %2; the phone restarts with its Log Out Profile.</source>
        <translation>%1 が %2 からログアウトしました。電話機はログアウト プロファイルで再起動します。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The database of %1 failed before saving the latest logins and logouts; they were undone (logins: %2, logouts: %3) and answered with Database Error (6).</source>
        <translation>%1 のデータベースで最新のログインとログアウトの保存前にエラーが発生しました。これらは取り消され (ログイン: %2、ログアウト: %3)、データベース エラー (6) で応答しました。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 learned on its return that %2 logged in on %3: logged %2 out of %4.</source>
        <translation>%1 は復旧時に %2 が %3 にログインしたことを学習し、%2 を %4 からログアウトしました。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 logged in on %2: %3 logged %1 out of %4 automatically.</source>
        <translation>%1 が %2 にログインしたため、%3 は %1 を %4 から自動的にログアウトしました。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 was logged out of %2: Intra-cluster Maximum Login Time (%3) reached.</source>
        <translation>%1 は %2 からログアウトされました: クラスタ内最大ログイン時間 (%3) に達しました。</translation>
    </message>
</context>
<context>
    <name>FindListWidget</name>
    <message>
        <location filename="../views/common/findlistwidget.ui" line="+52" />
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Select &amp;All</source>
        <translation>すべてを選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>C&amp;lear All</source>
        <translation>すべてをクリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Delete Selected</source>
        <translation>選択項目の削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add &amp;New</source>
        <translation>新規追加(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/findlistwidget.cpp" line="+161" />
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n 件のレコードが見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n record(s) match</source>
        <translation>
            <numerusform>%n 件中 %1 件が一致</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Find where</source>
        <translation>検索条件</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n 件のレコードを削除しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProxyModel</name>
    <message>
        <location filename="../models/items/findproxymodel.cpp" line="+26" />
        <source>begins with</source>
        <translation>が次の文字列で始まる</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains</source>
        <translation>が次の文字列を含む</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ends with</source>
        <translation>が次の文字列で終わる</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is exactly</source>
        <translation>が次の文字列と等しい</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is empty</source>
        <translation>が空である</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is not empty</source>
        <translation>が空ではない</translation>
    </message>
</context>
<context>
    <name>FindUsersDialog</name>
    <message>
        <location filename="../views/admin/findusersdialog.ui" line="+6" />
        <location filename="../views/admin/findusersdialog.cpp" line="+16" />
        <source>Find and List Users</source>
        <translation>ユーザの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add Selected</source>
        <translation>選択項目の追加</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/admin/findusersdialog.cpp" line="+0" />
        <source>Find User where</source>
        <translation>ユーザの検索条件</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../models/cluster/cluster.cpp" line="-1196" />
        <source>Standard CCM End Users</source>
        <translation>標準 CCM エンドユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CCM Super Users</source>
        <translation>標準 CCM スーパーユーザー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CCM Admin Users</source>
        <translation>標準 CCM 管理ユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CCM Read Only</source>
        <translation>標準 CCM 読み取り専用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CCM Phone Administration</source>
        <translation>標準 CCM 電話管理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard CTI Enabled</source>
        <translation>標準 CTI 有効</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard AXL API Users</source>
        <translation>標準 AXL API ユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard EM Authentication Proxy Rights</source>
        <translation>標準 EM 認証プロキシ権限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard EM Roaming Across Clusters Super Users</source>
        <translation>クラスタ間標準 EM ローミング スーパーユーザー</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../models/http/headlessrunner.cpp" line="+70" />
        <source>--listen needs an IP address, not %1.</source>
        <translation>--listen には IP アドレスを指定してください (%1 は指定できません)。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).</source>
        <translation>警告: %1 で待ち受けています。電話機と API クライアントはユーザ ID と PIN を平文 (HTTP) でネットワークに送信します。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cannot install the signal handlers.</source>
        <translation>シグナル ハンドラをインストールできません。</translation>
    </message>
</context>
<context>
    <name>IlsClusterTableModel</name>
    <message>
        <location filename="../models/items/ilsclustertablemodel.cpp" line="+92" />
        <source>Hub Cluster</source>
        <translation>ハブ クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spoke Cluster</source>
        <translation>スポーク クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stand-alone Cluster</source>
        <translation>スタンドアロン クラスタ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up, ILS running</source>
        <translation>稼働中、ILS 実行中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Up, ILS not running</source>
        <translation>稼働中、ILS 停止中</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cluster ID</source>
        <translation>クラスタ ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registers With Hub</source>
        <translation>登録先ハブ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last Sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending Updates</source>
        <translation>保留中の更新</translation>
    </message>
</context>
<context>
    <name>IlsConfigurationPage</name>
    <message>
        <location filename="../views/admin/ilsconfigurationpage.ui" line="+18" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+39" />
        <location filename="../views/admin/ilsconfigurationpage.cpp" line="+118" />
        <source>ILS Configuration</source>
        <translation>ILS 設定</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Registers With Hub:</source>
        <translation>登録先ハブ:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Synchronize Clusters Every:</source>
        <translation>クラスタの同期間隔:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ILS Clusters and Global Dial Plan Imported Catalogs</source>
        <translation>ILS クラスタとグローバル ダイヤル プラン インポート済みカタログ</translation>
    </message>
    <message>
        <location filename="../views/admin/ilsconfigurationpage.cpp" line="-8" />
        <source>Directory number %1 is defined on %2 for different owners (%3): ILS needs a uniform dial plan.</source>
        <translation>電話番号 %1 が %2 で異なる所有者 (%3) に定義されています。ILS には均一のダイヤル プランが必要です。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hub Cluster</source>
        <translation>ハブ クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spoke Cluster</source>
        <translation>スポーク クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stand-alone Cluster</source>
        <translation>スタンドアロン クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hub clusters connect to every other hub; a spoke cluster registers with one hub. Save changes the ILS network of the lab at once and keeps the role in lab.json.</source>
        <translation>ハブ クラスタは他のすべてのハブと接続し、スポーク クラスタは 1 つのハブに登録します。保存するとラボの ILS ネットワークがすぐに変更され、役割は lab.json に保存されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IlsNetwork</name>
    <message>
        <location filename="../models/ils/ilsnetwork.cpp" line="+227" />
        <source>The ILS network has %1 hub clusters; Cisco recommends at most 10.</source>
        <translation>ILS ネットワークにハブ クラスタが %1 個あります。Cisco の推奨は 10 個までです。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hub %1 has %2 spoke clusters; Cisco recommends at most 20 per hub.</source>
        <translation>ハブ %1 にスポーク クラスタが %2 個あります。Cisco の推奨はハブあたり 20 個までです。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The ILS network has %1 clusters; Cisco recommends at most 200.</source>
        <translation>ILS ネットワークにクラスタが %1 個あります。Cisco の推奨は 200 個までです。</translation>
    </message>
    <message>
        <location line="+128" />
        <source>Directory number %1 is defined on %2 for different owners (%3): the dial plan is not uniform.</source>
        <translation>電話番号 %1 が %2 で異なる所有者 (%3) に定義されています。ダイヤル プランが均一ではありません。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 takes part in ILS again: it sends and receives what waited for it.</source>
        <translation>%1 が ILS に復帰しました。待機していた更新を送受信します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 stopped taking part in ILS: updates for it wait until it returns.</source>
        <translation>%1 が ILS から離脱しました。宛ての更新は復帰まで待機します。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The Extension Mobility login of %1 started an ILS sync from %2.</source>
        <translation>%1 の Extension Mobility ログインにより、%2 から ILS 同期が開始されました。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 became a roaming super user on %2: an ILS sync started.</source>
        <translation>%1 が %2 でローミングのスーパーユーザーになりました。ILS 同期が開始されました。</translation>
    </message>
    <message>
        <location line="+69" />
        <source>ILS updates from %1 to %2 wait: %3 does not take part in ILS now.</source>
        <translation>%1 から %2 への ILS 更新は待機中です: %3 は現在 ILS に参加していません。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 received %2 ILS updates from %3 and applied %4.</source>
        <translation>%1 が %3 から ILS 更新を %2 件受信し、%4 件を適用しました。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 sends %2 ILS updates to %3.</source>
        <translation>%1 が %3 に ILS 更新を %2 件送信します。</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../models/lab/lab.cpp" line="+85" />
        <source>Cannot create the lab folder %1.</source>
        <translation>ラボ フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not a valid lab file: %2</source>
        <translation>%1 は有効なラボ ファイルではありません: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was written by a newer version of EMRoam Console.</source>
        <translation>%1 は新しいバージョンの EMRoam Console で作成されています。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 describes a cluster without a name, database or nodes.</source>
        <translation>%1 に名前、データベース、またはノードのないクラスタがあります。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The lab in %1 is open in another EMRoam Console: close that one first.</source>
        <translation>%1 のラボは別の EMRoam Console で開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Server %1 of %2 is up.</source>
        <translation>%2 のサーバー %1 が稼働しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server %1 of %2 is down.</source>
        <translation>%2 のサーバー %1 がダウンしました。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is up.</source>
        <translation>%1 が稼働しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is down: its phones unregister and it leaves ILS until it returns.</source>
        <translation>%1 がダウンしました。電話機は登録解除され、復旧するまで ILS から離脱します。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is running on %2.</source>
        <translation>%1 が %2 で実行中です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 stopped on %2.</source>
        <translation>%1 が %2 で停止しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is deactivated on %2.</source>
        <translation>%1 が %2 で非アクティブになりました。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no cluster named %1.</source>
        <translation>%1 という名前のクラスタはありません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A spoke cluster registers with a hub cluster: %1 is not a hub of this lab.</source>
        <translation>スポーク クラスタはハブ クラスタに登録します: %1 はこのラボのハブではありません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is the hub of %2: move its spoke clusters to another hub first.</source>
        <translation>%1 は %2 のハブです。先にスポーク クラスタを別のハブに移してください。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Injected fault: the database of %1 fails every request.</source>
        <translation>障害の注入: %1 のデータベースがすべての要求に失敗します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The database of %1 works again.</source>
        <translation>%1 のデータベースが復旧しました。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A cluster needs a name that no other cluster of the lab has.</source>
        <translation>クラスタには、ラボ内の他のクラスタと重複しない名前が必要です。</translation>
    </message>
</context>
<context>
    <name>LabHttp</name>
    <message>
        <location filename="../models/http/labhttp.cpp" line="+40" />
        <source>Cannot listen for %1 on %2: %3</source>
        <translation>%2 で %1 の待ち受けを開始できません: %3</translation>
    </message>
</context>
<context>
    <name>LabOverviewModel</name>
    <message>
        <location filename="../models/items/laboverviewmodel.cpp" line="+112" />
        <location line="+82" />
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="-80" />
        <location line="+80" />
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Partly up (%1 of %2 nodes)</source>
        <translation>一部稼働 (%2 ノード中 %1)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cluster ID (System › Enterprise Parameters)</source>
        <translation>クラスタ ID ([システム] › [エンタープライズ パラメータ])</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hub cluster</source>
        <translation>ハブ クラスタ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spoke cluster of %1</source>
        <translation>%1 のスポーク クラスタ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not in the ILS network</source>
        <translation>ILS ネットワーク外</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+38" />
        <source>%1 of %2 running</source>
        <translation>%2 件中 %1 件が実行中</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Every activated service is running.</source>
        <translation>アクティブなサービスはすべて実行中です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not running: %1</source>
        <translation>停止中: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Publisher</source>
        <translation>パブリッシャ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Subscriber</source>
        <translation>サブスクライバ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2 running — stopped: %3</source>
        <translation>%2 件中 %1 件が実行中 — 停止中: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cluster / Server</source>
        <translation>クラスタ / サーバー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cluster ID / Address</source>
        <translation>クラスタ ID / アドレス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Services</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>LabScript</name>
    <message>
        <location filename="../models/script/labscript.cpp" line="+471" />
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>LoginTableModel</name>
    <message>
        <location filename="../models/items/logintablemodel.cpp" line="+105" />
        <source>Home cluster</source>
        <translation>ホーム クラスタ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Roaming</source>
        <translation>ローミング</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Home / Roaming</source>
        <translation>ホーム / ローミング</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+219" />
        <source>About EMRoam Console</source>
        <translation>EMRoam Console について</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;EMRoam Console %1&lt;/h3&gt;&lt;p&gt;Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming.&lt;/p&gt;&lt;p&gt;Lab folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EMRoam Console %1&lt;/h3&gt;&lt;p&gt;Cisco Unified CM のクラスタ間の Extension Mobility ローミングの管理コンソールとラボ。&lt;/p&gt;&lt;p&gt;ラボ フォルダ: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+108" />
        <source>&amp;Cluster:</source>
        <translation>クラスタ(&amp;C):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cluster whose administration pages you are in</source>
        <translation>管理ページの対象となるクラスタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About EMRoam Console</source>
        <translation>EMRoam Console について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help for This &amp;Page</source>
        <translation>このページのヘルプ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User ID, device, profile or DN</source>
        <translation>ユーザー ID、デバイス、プロファイル、DN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finds a user ID, phone, device profile or directory number on every cluster</source>
        <translation>すべてのクラスタでユーザー ID、電話、デバイス プロファイル、電話番号を検索します</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This page is not part of this version of the console yet.</source>
        <translation>このページはこのバージョンのコンソールにはまだありません。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Warning: HTTP listens on %1: user IDs and PINs cross the network in clear text</source>
        <translation>警告: HTTP が %1 で待ち受けています。ユーザ ID と PIN が平文でネットワークを流れます</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Started with --listen %1. Phones and API clients use plain HTTP; only use this on a network you trust.</source>
        <translation>--listen %1 で起動しました。電話機と API クライアントは平文の HTTP を使います。信頼できるネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>End User</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%3 の%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Lab: %1 — %2 of %3 clusters up, %4 logged in</source>
        <translation>ラボ: %1 — %3 クラスタ中 %2 が稼働中、%4 人がログイン中</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location line="-435" />
        <source>Lab Overview</source>
        <translation>ラボの概要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cisco Unified CM Administration</source>
        <translation>Cisco Unified CM の管理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service Parameters</source>
        <translation>サービス パラメータ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enterprise Parameters</source>
        <translation>エンタープライズ パラメータ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advanced Features</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ILS Configuration</source>
        <translation>ILS 設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Settings</source>
        <translation>デバイスの設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone Services</source>
        <translation>電話サービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User Management</source>
        <translation>ユーザ管理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Application User</source>
        <translation>アプリケーション ユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End User</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User Settings</source>
        <translation>ユーザ設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access Control Group</source>
        <translation>アクセス コントロールグループ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cisco Unified Serviceability</source>
        <translation>Cisco Unified Serviceability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service Activation</source>
        <translation>サービス アクティベーション</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control Center - Feature Services</source>
        <translation>コントロールセンター - 機能</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control Center - Network Services</source>
        <translation>コントロールセンターのネットワークサービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cisco Unified Reporting</source>
        <translation>Cisco Unified Reporting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System Reports</source>
        <translation>System Reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unified CM Phone Feature List</source>
        <translation>Unified CM 電話機能一覧</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overview/overviewpage.ui" line="+9" />
        <source>Lab Overview</source>
        <translation>ラボの概要</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Clusters and servers</source>
        <translation>クラスタとサーバー</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Extension Mobility logins</source>
        <translation>Extension Mobility のログイン</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overview/overviewpage.cpp" line="+63" />
        <source>%n cluster(s) in the lab, %1 up; %2.</source>
        <translation>
            <numerusform>ラボ内のクラスタ: %n (稼働中: %1)。%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n user(s) logged in with Extension Mobility</source>
        <translation>
            <numerusform>Extension Mobility でログイン中のユーザ %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <location filename="../views/common/pagehelp.cpp" line="+17" />
        <source>Lab Overview</source>
        <translation>ラボの概要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every cluster of the lab, whether it is up, and who is logged in with Extension Mobility where (home or roaming).</source>
        <translation>ラボのすべてのクラスタ、その稼働状態、そして誰がどこに Extension Mobility でログインしているか (ホームまたはローミング) を示します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a step of the task flow: check here the result of the steps on every cluster.</source>
        <translation>タスク フローの手順ではありません。各手順の結果をすべてのクラスタについてここで確認します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ILS network drawn as a map: hubs, spokes, their links and the updates travelling between them on the lab clock.</source>
        <translation>ILS ネットワークを地図として表示します。ハブ、スポーク、その間のリンク、ラボ クロックに沿って流れる更新を示します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prerequisite of Step 3: roaming users are found through the ILS network, so every cluster must take part in it.</source>
        <translation>Step 3 の前提条件: ローミング ユーザは ILS ネットワークを通じて検索されるため、すべてのクラスタが参加している必要があります。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phones</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones of the lab side by side: log in and out with Extension Mobility as a user would, and dial a directory number.</source>
        <translation>ラボの電話機を並べて表示します。ユーザと同じように Extension Mobility でログイン・ログアウトし、電話番号をダイヤルできます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After Step 3: a user logs in on a phone of a remote cluster with the same user ID and PIN.</source>
        <translation>Step 3 の後: ユーザが同じユーザー ID と PIN でリモート クラスタの電話機にログインします。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unified CM Phone Feature List</source>
        <translation>Unified CM 電話機能一覧</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A report of the phone models and protocols that support a feature.</source>
        <translation>機能をサポートする電話機モデルとプロトコルのレポートです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 1: Generate a Phone Feature List, to find the phones that support Extension Mobility.</source>
        <translation>Step 1: 電話機能一覧を生成し、Extension Mobility をサポートする電話機を特定します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service Activation</source>
        <translation>サービス アクティベーション</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activates and deactivates the feature services of each server of the cluster.</source>
        <translation>クラスタの各サーバーの機能サービスを有効化・無効化します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2, Activate the Extension Mobility service: Cisco CallManager, Cisco Tftp and Cisco Extension Mobility, and Cisco Intercluster Lookup Service on the publisher.</source>
        <translation>Step 2「Extension Mobility サービスの有効化」: Cisco CallManager、Cisco Tftp、Cisco Extension Mobility、およびパブリッシャ上の Cisco Intercluster Lookup Service を有効化します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Control Center - Feature Services</source>
        <translation>コントロールセンター - 機能</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shows whether each feature service runs on a server, and starts, stops or restarts it.</source>
        <translation>各機能サービスがサーバーで稼働中かどうかを示し、開始・停止・再起動します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After Step 2: check that the services you activated are started.</source>
        <translation>Step 2 の後: 有効化したサービスが稼働中であることを確認します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Control Center - Network Services</source>
        <translation>コントロールセンターのネットワークサービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shows whether each network service (Cisco Tomcat, Cisco Extension Mobility Application…) runs on a server.</source>
        <translation>各ネットワーク サービス (Cisco Tomcat、Cisco Extension Mobility Application など) がサーバーで稼働中かどうかを示します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After Step 2: phones reach Extension Mobility through these services.</source>
        <translation>Step 2 の後: 電話機はこれらのサービスを通じて Extension Mobility に接続します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone Services</source>
        <translation>電話サービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The IP phone services of the cluster, with the URL each one opens.</source>
        <translation>クラスタの IP 電話サービスと、それぞれが開く URL です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2, Configure the Cisco Extension Mobility phone service: a service whose URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#.</source>
        <translation>Step 2「Cisco Extension Mobility 電話サービスの設定」: URL が http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME# のサービスを作成します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Device Profile</source>
        <translation>デバイス プロファイル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User device profiles: the lines, services and settings a user carries to any phone.</source>
        <translation>ユーザ デバイス プロファイル: ユーザがどの電話機にも持ち運べる回線、サービス、設定です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2, Create an Extension Mobility device profile for users: Add New, the model and protocol, a directory number, Save, Reset; then subscribe the profile to the Extension Mobility service.</source>
        <translation>Step 2「ユーザの Extension Mobility デバイスプロファイルの作成」: 新規追加、モデルとプロトコル、電話番号、保存、リセットの順に行い、プロファイルを Extension Mobility サービスに登録します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End User</source>
        <translation>エンドユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The users of the cluster: their PIN, primary extension, controlled profiles and groups.</source>
        <translation>クラスタのユーザ: PIN、プライマリ内線、制御するプロファイル、グループです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2, Associate a device profile to a user: move the profile to Controlled Profiles, and check Home Cluster on the user&apos;s home cluster only.</source>
        <translation>Step 2「ユーザへのデバイスプロファイルの関連付け」: プロファイルを [制御するプロファイル] に移動し、[ホーム クラスタ] はユーザのホーム クラスタでのみオンにします。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The phones of the cluster, whether they are registered and who is logged in on them.</source>
        <translation>クラスタの電話機、その登録状態、ログインしているユーザです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2, Subscribe to Extension Mobility: check Enable Extension Mobility on the phone and subscribe it to the Extension Mobility service.</source>
        <translation>Step 2「Extension Mobility への登録」: 電話機で [Extension Mobility の有効化] をオンにし、Extension Mobility サービスに登録します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Access Control Group</source>
        <translation>アクセス コントロールグループ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups that give users and application users their rights; the standard groups cannot be renamed or deleted.</source>
        <translation>ユーザとアプリケーション ユーザに権限を与えるグループです。標準グループは名前の変更も削除もできません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 3, Configure roaming for Extension Mobility users: add the users to Standard EM Roaming Across Clusters Super Users.</source>
        <translation>Step 3「Extension Mobility ユーザのローミングの設定」: ユーザをクラスタ間標準 EM ローミング スーパーユーザーに追加します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Application User</source>
        <translation>アプリケーション ユーザ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts of applications, such as a client of the Extension Mobility API (group Standard EM Authentication Proxy Rights).</source>
        <translation>アプリケーションのアカウントです (例: Extension Mobility API のクライアント、Standard EM Authentication Proxy Rights グループ)。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a step of the task flow: needed only to log users in and out through the EM API.</source>
        <translation>タスク フローの手順ではありません。EM API でユーザをログイン・ログアウトさせる場合にのみ必要です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service Parameters</source>
        <translation>サービス パラメータ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameters of a service on a server, with their defaults and ranges: for Cisco Extension Mobility, login times, Multiple Login Behavior, IP address validation.</source>
        <translation>サーバー上のサービスのパラメータと、そのデフォルト値・範囲です。Cisco Extension Mobility ではログイン時間、複数のログイン動作、IP アドレスの検証などです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional after Step 2: adjust how Extension Mobility behaves.</source>
        <translation>Step 2 の後 (任意): Extension Mobility の動作を調整します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprise Parameters</source>
        <translation>エンタープライズ パラメータ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cluster-wide parameters, such as the Cluster ID.</source>
        <translation>クラスタ ID などのクラスタ全体のパラメータです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prerequisite of Step 3: each cluster of the ILS network needs its own Cluster ID.</source>
        <translation>Step 3 の前提条件: ILS ネットワークの各クラスタには固有のクラスタ ID が必要です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ILS Configuration</source>
        <translation>ILS 設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cluster&apos;s role in the ILS network (hub or spoke), its hub, and the state of its links.</source>
        <translation>ILS ネットワークにおけるクラスタの役割 (ハブまたはスポーク)、そのハブ、リンクの状態です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prerequisite of Step 3: the clusters must form one ILS network for users to roam.</source>
        <translation>Step 3 の前提条件: ユーザがローミングするには、クラスタが 1 つの ILS ネットワークを構成している必要があります。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Intercluster Extension Mobility Roaming</source>
        <translation>クラスタ間の Extension Mobility ローミング</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What this page is for:</source>
        <translation>このページの目的:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In the task flow:</source>
        <translation>タスク フローでの位置:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The task flow of Intercluster Extension Mobility Roaming:</source>
        <translation>クラスタ間の Extension Mobility ローミングのタスク フロー:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate a Phone Feature List.</source>
        <translation>電話機能一覧の生成。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configure Extension Mobility: activate the services, configure the phone service, create the device profile, associate it to the user, subscribe.</source>
        <translation>Extension Mobility の設定: サービスの有効化、電話サービスの設定、デバイス プロファイルの作成、ユーザへの関連付け、登録。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configure roaming for Extension Mobility users.</source>
        <translation>Extension Mobility ユーザのローミングの設定。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do it on the home cluster and on every remote cluster.</source>
        <translation>ホーム クラスタとすべてのリモート クラスタの両方で実行します。</translation>
    </message>
</context>
<context>
    <name>ParameterCatalog</name>
    <message>
        <location filename="../models/catalog/parametercatalog.cpp" line="+15" />
        <source>True logs users out automatically after the Intra-cluster Maximum Login Time.</source>
        <translation>True にすると、クラスタ内最大ログイン時間の経過後にユーザを自動的にログアウトします。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Longest local login before automatic logout, as HHH:MM from 0:00 to 168:00 (for example 8:00 or :30).</source>
        <translation>自動ログアウトまでの最長ログイン時間。HHH:MM 形式で 0:00 ～ 168:00 (例: 8:00、:30)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Longest login of a user from another cluster (EMCC) before automatic logout, as HHH:MM from 0:00 to 168:00.</source>
        <translation>他のクラスタのユーザ (EMCC) が自動ログアウトされるまでの最長ログイン時間。HHH:MM 形式で 0:00 から 168:00 まで。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Most login and logout requests processed at once; more are refused with error 26 and counted in Requests Throttled.</source>
        <translation>同時に処理するログイン/ログアウト要求の最大数。超えた要求はエラー 26 で拒否され、Requests Throttled に計上されます。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What happens when a user already logged in on one phone logs in on another phone of this cluster.</source>
        <translation>ある電話機にログイン中のユーザが、このクラスタの別の電話機にログインしたときの動作。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>True allows letters in user IDs; False allows digits only.</source>
        <translation>True ではユーザー ID に英字を使用でき、False では数字だけになります。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>True fills in the last user&apos;s ID on the login screen.</source>
        <translation>True にすると、ログイン画面に最後のユーザのユーザー ID を入力しておきます。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>True clears call logs on manual login and logout.</source>
        <translation>True にすると、手動のログインとログアウトで通話履歴を消去します。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Addresses or host names separated by semicolons, at most 1024 characters.</source>
        <translation>セミコロンで区切ったアドレスまたはホスト名 (1024 文字以内)。</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Whether users sign in and out of Extension Mobility by connecting their Cisco headset to a phone.</source>
        <translation>ユーザが Cisco ヘッドセットを電話機に接続して Extension Mobility にサインイン・サインアウトできるかどうか。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes after the headset is disconnected before the user is signed out (0: at once).</source>
        <translation>ヘッドセットを外してからユーザがサインアウトされるまでの分数 (0: 直ちに)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whether a headset-based sign in asks for the PIN.</source>
        <translation>ヘッドセットによるサインインで PIN を求めるかどうか。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seconds after the headset is connected before the sign in starts.</source>
        <translation>ヘッドセットを接続してからサインインが始まるまでの秒数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>True checks the source address of each login and logout request, over EMApp and the EM API: trusted are the Trusted List of IPs and the cluster&apos;s servers; others get error 28 (Untrusted IP Error).</source>
        <translation>True の場合、EMApp と EM API のログイン・ログアウト要求ごとに送信元アドレスを確認します。信頼されるのは信頼できる IP のリストとクラスタのサーバーで、それ以外はエラー 28 (信頼されていない IP エラー) になります。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>While Validate IP Address is True, False refuses login and logout requests that came through a proxy (a Via header): error 30 (Proxy not allowed).</source>
        <translation>IP アドレスの検証が True のとき、False にするとプロキシ経由 (Via ヘッダー) のログイン・ログアウト要求を拒否します: エラー 30 (プロキシは許可されていません)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False refuses Extension Mobility Cross Cluster requests that came through a proxy.</source>
        <translation>False の場合、プロキシ経由のクラスタ間の Extension Mobility (EMCC) 要求を拒否します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Size of the device cache used when Validate IP Address is True.</source>
        <translation>Validate IP Address が True のときに使うデバイス キャッシュのサイズ。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Most learned objects this cluster writes to its database.</source>
        <translation>このクラスタがデータベースに書き込む学習済みオブジェクトの最大数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identifies the cluster; must be unique in the ILS network.</source>
        <translation>クラスタを識別します。ILS ネットワーク内で一意にする必要があります。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>True keeps the phone&apos;s services in its autogenerated logout profile.</source>
        <translation>True にすると、自動生成されたログアウト プロファイルに電話機のサービスを残します。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enforce Intra-cluster Maximum Login Time</source>
        <translation>クラスタ内の最大ログイン時間の適用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intra-cluster Maximum Login Time</source>
        <translation>クラスタ内の最大ログイン時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inter-cluster Maximum Login Time</source>
        <translation>クラスタ間の最大ログイン時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum Concurrent Requests</source>
        <translation>同時要求の最大数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Headset-based Extension Mobility</source>
        <translation>ヘッドセットベースの Extension Mobility</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auto logout timer after headset disconnect (minutes)</source>
        <translation>ヘッドセット切断後の自動ログアウト タイマー (分)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN entry for headset-based sign in</source>
        <translation>ヘッドセットベースのサインインの PIN 入力</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auto login timer after headset connect (seconds)</source>
        <translation>ヘッドセット接続後の自動ログイン タイマー (秒)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EMCC Allow Proxy</source>
        <translation>EMCC プロキシの許可</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multiple Login Behavior</source>
        <translation>複数のログイン動作</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alphanumeric User ID</source>
        <translation>英数字のユーザー ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remember the Last User Logged In</source>
        <translation>最後にログインしたユーザーを記憶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear Call Logs on Intra-Cluster EM</source>
        <translation>クラスタ内 EM で通話履歴をクリア</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate IP Address</source>
        <translation>IP アドレスの検証</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trusted List of IPs</source>
        <translation>信頼できる IP のリスト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow Proxy</source>
        <translation>プロキシを許可</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extension Mobility Cache Size</source>
        <translation>Extension Mobility キャッシュ サイズ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ILS Max Number of Learned Objects in Database</source>
        <translation>データベース内の ILS 学習オブジェクトの最大数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cluster ID</source>
        <translation>クラスタ ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synchronization Between Auto Device Profile and Phone Configuration</source>
        <translation>自動デバイス プロファイルと電話の設定間の同期</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Multiple Logins Allowed</source>
        <translation>複数のログインを許可</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multiple Logins Not Allowed</source>
        <translation>複数のログインを許可しない</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auto Logout</source>
        <translation>自動ログアウト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow headset for Extension Mobility sign in and sign out</source>
        <translation>Extension Mobility のサインインとサインアウトにヘッドセットを許可</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not allow headset for Extension Mobility sign in and sign out</source>
        <translation>Extension Mobility のサインインとサインアウトにヘッドセットを許可しない</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN required</source>
        <translation>PIN が必要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN not required</source>
        <translation>PIN は不要</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1 must be True or False.</source>
        <translation>%1 は True または False にしてください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 は %2 ～ %3 の整数にしてください。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 must be one of: %2.</source>
        <translation>%1 は次のいずれかにしてください: %2。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 must be a time as HHH:MM from 0:00 to 168:00.</source>
        <translation>%1 は 0:00 ～ 168:00 の HHH:MM 形式の時間にしてください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 can be at most %2 characters.</source>
        <translation>%1 は %2 文字以内で指定してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cluster ID may contain only letters, digits, dots, hyphens and underscores.</source>
        <translation>クラスタ ID には英字、数字、ピリオド、ハイフン、アンダースコアだけを使用できます。</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <location filename="../views/admin/parameterspage.ui" line="+18" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../views/admin/parameterspage.cpp" line="+190" />
        <source>Set to Default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Select Server and Service</source>
        <translation>サーバーとサービスの選択</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Server*:</source>
        <translation>サーバー*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service*:</source>
        <translation>サービス*:</translation>
    </message>
    <message>
        <location filename="../views/admin/parameterspage.cpp" line="+0" />
        <source>Set every parameter on this page to its default value? Save to apply.</source>
        <translation>このページのすべてのパラメータをデフォルト値に設定しますか? 適用するには保存してください。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Service Parameter Configuration</source>
        <translation>サービス パラメータ設定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enterprise Parameters Configuration</source>
        <translation>エンタープライズ パラメータ設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parameters of %1</source>
        <translation>%1 のパラメータ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enterprise Parameters</source>
        <translation>エンタープライズ パラメータ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Minimum: %1 Maximum: %2</source>
        <translation>最小: %1 最大: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From 0:00 to %1:00</source>
        <translation>0:00 ～ %1:00</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>%n 文字以内</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Default: %1</source>
        <translation>デフォルト: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>PhoneEmulator</name>
    <message>
        <location filename="../views/phone/phoneemulator.cpp" line="+238" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extension Mobility</source>
        <translation>Extension Mobility</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Select a device profile</source>
        <translation>デバイス プロファイルを選択してください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select</source>
        <translation>選択</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number to dial</source>
        <translation>ダイヤルする番号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dial</source>
        <translation>ダイヤル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End Call</source>
        <translation>通話終了</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is logged in. Log out?</source>
        <translation>%1 がログイン中です。ログアウトしますか?</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Error %1 %2</source>
        <extracomment>a phone&apos;s error line: %1 the Extension Mobility code, %2 its name (as &quot;Error 201 Authentication Error&quot;)</extracomment>
        <translation>エラー %1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is logged in on this phone. Log out?</source>
        <translation>%1 がこの電話機にログインしています。ログアウトしますか?</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ringing %1 (dialled %2) via %3</source>
        <translation>%1 を呼び出し中 (ダイヤル %2)、経路 %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Incoming call from %1 via %2</source>
        <translation>%1 から着信中、経路 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected with %1 via %2</source>
        <translation>%1 と通話中、経路 %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Resetting…</source>
        <translation>リセット中…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restarting…</source>
        <translation>再起動中…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registered on %1</source>
        <translation>%1 に登録済み</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registering…</source>
        <translation>登録中…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unregistered: %1 is down</source>
        <translation>未登録: %1 がダウンしています</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No user logged in</source>
        <translation>ログイン中のユーザなし</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User: %1</source>
        <translation>ユーザ: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Line %1: %2</source>
        <translation>ライン %1: %2</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Logging in…</source>
        <translation>ログイン中…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Logging out…</source>
        <translation>ログアウト中…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Host Not Found</source>
        <extracomment>what a Cisco phone shows when the services URL&apos;s host does not answer</extracomment>
        <translation>ホストを検出できません</translation>
    </message>
    <message>
        <location line="+4" />
        <source>HTTP Error (%1)</source>
        <translation>HTTP エラー (%1)</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Call failed: %1</source>
        <translation>発信に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>PhoneFeatureListPage</name>
    <message>
        <location filename="../views/admin/phonefeaturelistpage.ui" line="+18" />
        <source>Generate New Report</source>
        <translation>レポートの新規生成</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Report Criteria</source>
        <translation>レポートの条件</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Feature:</source>
        <translation>機能:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../views/admin/phonefeaturelistpage.cpp" line="+51" />
        <source>Unified CM Phone Feature List</source>
        <translation>Unified CM 電話機能一覧</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Click Generate New Report, choose the Product and the feature, then Submit.</source>
        <translation>[レポートの新規生成] をクリックし、製品と機能を選んで [送信] をクリックしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%1: %2 of %n model/protocol combination(s) support it.</source>
        <translation>
            <numerusform>%1: %n 通りのモデルとプロトコルの組み合わせのうち %2 通りがサポートしています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneFeatureTableModel</name>
    <message>
        <location filename="../models/items/phonefeaturetablemodel.cpp" line="+65" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not documented</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feature</source>
        <translation>機能</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supported</source>
        <translation>サポート</translation>
    </message>
</context>
<context>
    <name>PhoneServiceTableModel</name>
    <message>
        <location filename="../models/items/phoneservicetablemodel.cpp" line="+16" />
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service Description</source>
        <translation>サービスの説明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service URL</source>
        <translation>サービス URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enterprise Subscription</source>
        <translation>エンタープライズ登録</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>PhoneServicesPage</name>
    <message>
        <location filename="../views/admin/phoneservicespage.ui" line="+54" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add New</source>
        <translation>新規追加</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Back To Find/List</source>
        <translation>検索/一覧表示に戻る</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Service Information</source>
        <translation>サービス情報</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Service Name*:</source>
        <translation>サービス名*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ASCII Service Name*:</source>
        <translation>ASCII サービス名*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service Description:</source>
        <translation>サービスの説明:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service URL*:</source>
        <translation>サービス URL*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Secure-Service URL:</source>
        <translation>セキュア サービス URL:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service Category*:</source>
        <translation>サービス カテゴリ*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Service Type*:</source>
        <translation>サービス タイプ*:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Enable</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enterprise Subscription</source>
        <translation>エンタープライズ登録</translation>
    </message>
    <message>
        <location filename="../views/admin/phoneservicespage.cpp" line="+19" />
        <source>Find and List IP Phone Services</source>
        <translation>IP Phone サービスの検索と一覧表示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find IP Phone Services where</source>
        <translation>IP Phone サービスの検索条件</translation>
    </message>
    <message>
        <location line="+77" />
        <source>IP Phone Services Configuration</source>
        <translation>IP Phone サービスの設定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>XML Service</source>
        <translation>XML サービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Java MIDlet</source>
        <translation>Java MIDlet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard IP Phone Service</source>
        <translation>標準 IP Phone サービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directories</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provisions the service to every phone and device profile; it can be set only now.</source>
        <translation>すべての電話機とデバイス プロファイルにサービスを提供します。設定できるのは今だけです。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enterprise Subscription can be set only when the service is added.</source>
        <translation>エンタープライズ登録はサービスの追加時にのみ設定できます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>http://&lt;IP Address&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#</source>
        <translation>http://&lt;IP アドレス&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#</translation>
    </message>
</context>
<context>
    <name>PhonesPage</name>
    <message>
        <location filename="../views/phone/phonespage.cpp" line="+205" />
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Phones</source>
        <translation>電話機</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick up to %1 phones to use them side by side. Press Services to log in or out with Extension Mobility; dial a directory number to place a call.</source>
        <translation>最大 %1 台の電話機にチェックを付けると並べて使えます。[サービス] を押すと Extension Mobility でログイン/ログアウトし、電話番号をダイヤルすると発信します。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+74" />
        <source>EMRoam Console</source>
        <translation>EMRoam Console</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--listen needs an IP address, not %1.</source>
        <translation>--listen には IP アドレスを指定してください (%1 は指定できません)。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).</source>
        <translation>警告: %1 で待ち受けています。電話機と API クライアントはユーザ ID と PIN を平文 (HTTP) でネットワークに送信します。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>There is no page %1.</source>
        <translation>ページ %1 はありません。</translation>
    </message>
</context>
<context>
    <name>Registrar</name>
    <message>
        <location filename="../models/mobility/registrar.cpp" line="+37" />
        <source>%1 registered with %2.</source>
        <translation>%1 が %2 に登録されました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 unregistered: Cisco CallManager of %2 is not running.</source>
        <translation>%1 の登録が解除されました: %2 の Cisco CallManager が実行されていません。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 was reset and registered again with %2.</source>
        <translation>%1 をリセットし、%2 に再登録しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 was reset and cannot register: Cisco CallManager of %2 is not running.</source>
        <translation>%1 をリセットしましたが登録できません: %2 の Cisco CallManager が実行されていません。</translation>
    </message>
</context>
<context>
    <name>ServiceActivationPage</name>
    <message>
        <location filename="../views/admin/serviceactivationpage.ui" line="+18" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check All Services</source>
        <translation>すべてのサービスをチェック</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Select Server</source>
        <translation>サーバーの選択</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Server*:</source>
        <translation>サーバー*:</translation>
    </message>
    <message>
        <location filename="../views/admin/serviceactivationpage.cpp" line="+118" />
        <location line="+16" />
        <source>Service Activation</source>
        <translation>サービス アクティベーション</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Service Activation will take a while to complete. Click OK to continue.</source>
        <translation>サービス アクティベーションの完了には時間がかかります。続行するには [OK] をクリックしてください。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Activation Status</source>
        <translation>アクティベーション ステータス</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only on the publisher (%1)</source>
        <translation>パブリッシャ (%1) のみ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Activated</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deactivated</source>
        <translation>非アクティブ</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <location filename="../models/catalog/servicecatalog.cpp" line="+6" />
        <location line="+1" />
        <location line="+1" />
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>CM Services</source>
        <translation>CM サービス</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Platform Services</source>
        <translation>プラットフォーム サービス</translation>
    </message>
</context>
<context>
    <name>ServiceStatusTableModel</name>
    <message>
        <location filename="../models/items/servicestatustablemodel.cpp" line="+86" />
        <source>Server down</source>
        <translation>サーバー停止</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not Running</source>
        <translation>実行されていません</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Started</source>
        <extracomment>Control Center&apos;s Status column: a state (稼働中 / 停止中), not the Start/Stop buttons</extracomment>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Activated</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deactivated</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Service Name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service Group</source>
        <translation>サービス グループ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activation Status</source>
        <translation>アクティベーション ステータス</translation>
    </message>
</context>
<context>
    <name>StoryScript</name>
    <message>
        <location filename="../models/script/storystepper.cpp" line="+20" />
        <source>Kally dials Bob: Cluster3 routes the call to Cluster1, where Bob is logged in.</source>
        <translation>Kally が Bob をダイヤルします。Cluster3 は、Bob がログインしている Cluster1 にコールをルーティングします。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bob&apos;s home cluster goes down: his phone unregisters, calls to him fail.</source>
        <translation>Bob のホーム クラスタがダウンします。Bob の電話機は登録解除され、Bob へのコールは失敗します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bob, a roaming super user, logs in with Extension Mobility on a phone of Cluster2.</source>
        <translation>ローミング スーパーユーザーの Bob が、Cluster2 の電話機に Extension Mobility でログインします。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ILS publishes the new location; once it has settled, Kally&apos;s call rings on Cluster2.</source>
        <translation>ILS が新しい場所を公開します。反映が完了すると、Kally のコールは Cluster2 で鳴ります。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cluster1 comes back, learns Bob&apos;s newer login and logs him out there.</source>
        <translation>Cluster1 が復旧し、Bob がその後ログインしたことを学習して、Cluster1 から Bob をログアウトします。</translation>
    </message>
</context>
<context>
    <name>SubscribeServicesDialog</name>
    <message>
        <location filename="../views/admin/subscribeservicesdialog.ui" line="+6" />
        <source>Subscribe/Unsubscribe Services</source>
        <translation>サービスの登録/登録解除</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Select a Service:</source>
        <translation>サービスを選択:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Service Name:</source>
        <translation>サービス名:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Subscribe</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Subscribed Services</source>
        <translation>登録済みのサービス</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unsubscribe</source>
        <translation>登録解除</translation>
    </message>
    <message>
        <location line="+47" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/admin/subscribeservicesdialog.cpp" line="+100" />
        <source>Subscribed IP phone services of %1</source>
        <translation>%1 の登録済み IP Phone サービス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Update successful</source>
        <translation>更新に成功しました</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../views/topology/topologypage.cpp" line="+71" />
        <source>ILS Topology</source>
        <translation>ILS トポロジ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double ring: hub; single ring: spoke. Green: up; light green: a node is down; orange: up but not taking part in ILS; grey: down. Blue dots are ILS updates on their way; badges are users logged in there. Right-click a cluster to take it or a node down or up.</source>
        <translation>二重の円: ハブ、一重の円: スポーク。緑: 稼働中、薄緑: ノードがダウン、橙: 稼働中だが ILS に不参加、灰色: ダウン。青い点は伝送中の ILS 更新、バッジはそこにログイン中のユーザです。クラスタを右クリックすると、クラスタやノードをダウン/稼働にできます。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Selected: %1 (%2).</source>
        <translation>選択中: %1 (%2)。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n ILS update(s) pending in the network.</source>
        <translation>
            <numerusform>ネットワーク内で保留中の ILS 更新: %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../views/topology/topologyview.cpp" line="+224" />
        <location line="+79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-45" />
        <source>%n ILS update(s) from %1 to %2</source>
        <translation>
            <numerusform>%1 から %2 への ILS 更新 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n waiting</source>
        <extracomment>a marker at the end of an ILS link: &quot;3 waiting&quot;</extracomment>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n ILS update(s) from %1 to %2 wait until both take part in ILS</source>
        <translation>
            <numerusform>%1 から %2 への ILS 更新 %n 件は、両方が ILS に参加するまで待機します</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>Take %1 Down</source>
        <translation>%1 をダウンさせる</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bring %1 Up</source>
        <translation>%1 を稼働させる</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+7" />
        <source>%1 is up.</source>
        <translation>%1 が稼働しました。</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+7" />
        <source>%1 is down.</source>
        <translation>%1 がダウンしました。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Stop Node %1</source>
        <translation>ノード %1 を停止</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start Node %1</source>
        <translation>ノード %1 を開始</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stop Cisco Intercluster Lookup Service</source>
        <translation>Cisco Intercluster Lookup Service を停止</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start Cisco Intercluster Lookup Service</source>
        <translation>Cisco Intercluster Lookup Service を開始</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ILS stopped on %1.</source>
        <translation>%1 で ILS が停止しました。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ILS started on %1.</source>
        <translation>%1 で ILS が開始しました。</translation>
    </message>
</context>
</TS>
