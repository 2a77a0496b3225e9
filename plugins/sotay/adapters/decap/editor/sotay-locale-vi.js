/* Sổ tay chi bộ: the editor's Vietnamese. decap-cms ships a `vi` locale that lacks some phrases (they would show
   in English) and words a few things for developers; this completes it and words it for a committee office.
   Merged over the shipped `vi` by sotay-editor.js; a browser test checks that no English phrase is left. */
(function (root) {
  "use strict";
  root.SotayEditor = root.SotayEditor || {};
  root.SotayEditor.localeVi = {
    auth: {
      loginWithAzure: "Đăng nhập bằng Azure",
      loginWithForgejo: "Đăng nhập bằng Forgejo",
      errors: {
        identitySettings: "Không truy cập được thiết lập tài khoản. Hãy kiểm tra dịch vụ Identity và Git Gateway đã được bật.",
      },
    },
    app: {
      header: { content: "Tài liệu", workflow: "Duyệt bài", media: "Tệp đính kèm", quickAdd: "Soạn mới" },
      app: {
        errorHeader: "Không tải được cấu hình trình biên tập",
        checkConfigYml: "Hãy chạy lại lệnh sotay edit; nếu vẫn lỗi, báo cho người quản trị sổ tay.",
        waitingBackend: "Đang chờ máy chủ lưu tệp (decap-server)...",
      },
    },
    collection: {
      sidebar: { collections: "Loại tài liệu", allCollections: "Mọi loại tài liệu", searchAll: "Tìm trong mọi tài liệu", searchIn: "Tìm trong" },
      collectionTop: {
        viewAs: "Xem dạng",
        viewAsList: "Xem dạng danh sách",
        viewAsGrid: "Xem dạng lưới",
        groupBy: "Nhóm theo",
        newButton: "Soạn mới: %{collectionLabel}",
        newButtonAriaLabel: "Soạn tài liệu mới loại %{collectionLabel}",
      },
      entries: {
        cachingEntries: "Đang nạp danh sách...",
        longerLoading: "Có thể mất vài phút",
        noEntries: "Chưa có tài liệu nào",
        unpublishedHeader: "Bài chưa phát hành",
      },
      groups: { other: "Khác", negateLabel: "Không phải %{label}" },
    },
    editor: {
      editorControl: { field: { optional: "không bắt buộc", widgetLabel: "Trường %{widgetLabel}" } },
      editorControlPane: {
        i18n: {
          writingInLocale: "Đang viết bằng %{locale}",
          copyFromLocale: "Chép từ ngôn ngữ khác",
          copyFromLocaleConfirm: "Chép nội dung từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị thay.",
        },
      },
      editor: {
        onLeavePage: "Rời trang này? Những gì chưa lưu sẽ mất.",
        confirmLoadBackup: "Trình duyệt còn giữ một bản đang soạn dở của tài liệu này. Mở bản đó để soạn tiếp?",
      },
      editorInterface: {
        toggleI18n: "Bật/tắt đa ngôn ngữ",
        togglePreview: "Bật/tắt xem trước",
        toggleScrollSync: "Cuộn cùng nhau",
        toggleNotes: "Bật/tắt ghi chú",
      },
      editorNotesPane: {
        title: "Ghi chú",
        emptyState: "Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để cùng trao đổi.",
        addNote: "Thêm ghi chú",
        addPlaceholder: "Viết ghi chú...",
        editPlaceholder: "Sửa ghi chú...",
        save: "Lưu",
        cancel: "Hủy",
        edit: "Sửa",
        delete: "Xóa",
        resolve: "Đánh dấu đã xong",
        unresolve: "Mở lại",
        confirmDelete: "Xóa ghi chú này?",
        shortcut: "Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh",
      },
      editorToolbar: {
        status: "Trạng thái: %{status}",
        backCollection: " Đang soạn trong mục %{collectionLabel}",
        publish: "Lưu vào sổ tay",
        publishing: "Đang lưu...",
        published: "Đã lưu",
        publishNow: "Lưu ngay",
        publishAndCreateNew: "Lưu và soạn tài liệu mới",
        publishAndDuplicate: "Lưu và soạn bản sao",
        deleteEntry: "Xóa tài liệu này",
        deletePublishedEntry: "Xóa tài liệu này",
        statusInfoTooltipDraft: "Bài đang ở trạng thái nháp. Khi soạn xong, chuyển sang “Đang xét duyệt” để gửi duyệt.",
        statusInfoTooltipInReview: "Bài đang được xét duyệt, không cần làm gì thêm. Vẫn có thể sửa tiếp trong lúc chờ duyệt.",
      },
      editorWidgets: {
        markdown: {
          bold: "Đậm",
          italic: "Nghiêng",
          strikethrough: "Gạch ngang",
          code: "Mã",
          link: "Liên kết",
          linkPrompt: "Nhập địa chỉ của liên kết",
          headings: "Tiêu đề mục",
          quote: "Trích dẫn",
          bulletedList: "Danh sách gạch đầu dòng",
          numberedList: "Danh sách đánh số",
          addComponent: "Chèn thành phần",
          toggleMode: { rich: "Chuyển sang soạn thảo trực quan", markdown: "Chuyển sang soạn Markdown" },
        },
        image: {
          chooseMultiple: "Chọn ảnh",
          chooseUrl: "Chèn từ địa chỉ web",
          replaceUrl: "Thay bằng địa chỉ web",
          promptUrl: "Nhập địa chỉ của ảnh",
          addMore: "Thêm ảnh",
          removeAll: "Bỏ mọi ảnh",
        },
        file: {
          chooseUrl: "Chèn từ địa chỉ web",
          chooseMultiple: "Chọn tệp",
          replaceUrl: "Thay bằng địa chỉ web",
          promptUrl: "Nhập địa chỉ của tệp",
          addMore: "Thêm tệp",
          removeAll: "Bỏ mọi tệp",
        },
        datetime: { setToNow: "Đặt %{fieldLabel} là hôm nay" },
        list: { add: "Thêm %{item}", addType: "Thêm %{item}" },
        object: { expand: "Mở rộng", collapse: "Thu gọn" },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: {
        copy: "Sao chép",
        copyUrl: "Sao chép địa chỉ",
        copyPath: "Sao chép đường dẫn",
        copyName: "Sao chép tên",
        copied: "Đã sao chép",
      },
      mediaLibraryModal: { close: "Đóng" },
    },
    ui: {
      settingsDropdown: { account: "Tài khoản" },
      toast: {
        noteAdded: "Đã thêm ghi chú",
        onFailToAddNote: "Không thêm được ghi chú: %{details}",
        noteUpdated: "Đã sửa ghi chú",
        onFailToUpdateNote: "Không sửa được ghi chú: %{details}",
        noteDeleted: "Đã xóa ghi chú",
        onFailToDeleteNote: "Không xóa được ghi chú: %{details}",
        noteResolved: "Ghi chú đã xong",
        noteReopened: "Đã mở lại ghi chú",
        onFailToToggleNote: "Không đổi được trạng thái ghi chú: %{details}",
      },
    },
  };
})(typeof window !== "undefined" ? window : globalThis);
